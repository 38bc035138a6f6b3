"""Public read API for the catalog (FastAPI)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from ..core.errors import NotFound, ShopError
from . import pricing, service
from .schemas import PriceOut, ProductIn, ProductOut

router = APIRouter(prefix="/catalog", tags=["catalog"])


def get_catalog_service() -> service.CatalogService:
    return service.CatalogService()


@router.get("/products", response_model=list[ProductOut])
def list_products(q: str | None = None, category_id: int | None = None, tag: str | None = None,
                  sort: str = "name", limit: int = Query(50, le=200), offset: int = 0):
    products = service.list_products(q, category_id, tag, sort, limit, offset)
    return [service.serialize_product(p) for p in products]


@router.get("/products/{product_id}", response_model=ProductOut)
def get_product(product_id: int):
    try:
        return service.serialize_product(service.get_product(product_id))
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=exc.message)


@router.get("/products/{product_id}/price", response_model=PriceOut)
def get_price(product_id: int, quantity: int = 1, group: str | None = None):
    unit = pricing.price_for(product_id, quantity, group)
    return PriceOut(product_id=product_id, quantity=quantity, unit_price=str(unit), total=str(unit * quantity))


@router.post("/products", response_model=ProductOut, status_code=201)
def create_product(body: ProductIn, svc: service.CatalogService = Depends(get_catalog_service)):
    try:
        product = svc.create_product(body.dict())
    except ShopError as exc:
        raise HTTPException(status_code=exc.status_code, detail=exc.to_dict())
    return service.serialize_product(product)
