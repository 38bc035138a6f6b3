"""Catalog business logic."""

from __future__ import annotations

from decimal import Decimal

from ..core import events
from ..core.cache import cached, invalidate
from ..core.db import TransactionScope, get_session
from ..core.errors import Conflict, NotFound, ValidationError
from ..core.logging import get_logger
from ..utils.ids import sku as make_sku
from .. import helpers
from .models import Product, ProductVariant
from .repository import CategoryRepository, ProductRepository, TagRepository

logger = get_logger(__name__)


class CatalogService:
    def __init__(self, session=None) -> None:
        self.session = session or get_session()
        self.products = ProductRepository(self.session)
        self.categories = CategoryRepository(self.session)
        self.tags = TagRepository(self.session)

    def create_product(self, data: dict) -> Product:
        category = self.categories.by_code(data["category_code"])
        if category is None:
            raise ValidationError("unknown category", code=data["category_code"])
        price = helpers.round_price(Decimal(str(data["price"])))
        with TransactionScope(self.session):
            product = Product(
                category_id=category.id,
                sku="pending",
                name=data["name"].strip(),
                slug=helpers.slugify(data.get("slug") or data["name"]),
                description=data.get("description", ""),
                list_price=price,
                weight_grams=int(data.get("weight_grams", 0)),
            )
            if self.products.by_slug(product.slug):
                raise Conflict("slug already in use", slug=product.slug)
            self.products.add(product)
            product.sku = make_sku(category.code, product.id)
            for tag_name in data.get("tags", []):
                product.tags.append(self.tags.get_or_create(tag_name))
            for variant in data.get("variants", []):
                product.variants.append(ProductVariant(code=variant["code"], label=variant["label"],
                                                       price_delta=Decimal(str(variant.get("delta", "0")))))
        events.publish("catalog.product_created", {"product_id": product.id, "sku": product.sku})
        return product

    def update_price(self, product_id: int, new_price: Decimal) -> Product:
        product = self.products.get_or_404(product_id)
        old = product.list_price
        product.list_price = helpers.round_price(new_price)
        self.products.save(product)
        invalidate("shop.catalog.pricing")
        events.publish("catalog.price_changed", {"product_id": product_id, "old": str(old), "new": str(product.list_price)})
        return product


def get_product(product_id: int) -> Product:
    product = ProductRepository().get(product_id)
    if product is None:
        raise NotFound(f"product {product_id} not found")
    return product


def product_exists(product_id: int) -> bool:
    product = ProductRepository().get(product_id)
    return product is not None and product.is_active


@cached(ttl=600)
def get_product_category(product_id: int) -> str:
    """Category code for a product; promotions use this for category rules."""
    return get_product(product_id).category.code


def list_products(term: str | None = None, category_id: int | None = None, tag: str | None = None,
                  sort: str = "name", limit: int = 50, offset: int = 0) -> list[Product]:
    products = list(ProductRepository().search(term, category_id, tag, limit, offset))
    sorters = {
        "name": lambda p: p.name.lower(),
        "price": lambda p: p.list_price,
        "price_desc": lambda p: -p.list_price,
        "rating": lambda p: (-(p.rating_avg or 0), -p.rating_count),
    }
    return sorted(products, key=sorters.get(sort, sorters["name"]))


def update_rating(product_id: int, average: Decimal, count: int) -> None:
    """Called by the reviews domain after a review is approved."""
    repo = ProductRepository()
    repo.set_rating(product_id, average.quantize(Decimal("0.01")), count)
    repo.commit()
    invalidate("shop.catalog.service.get_product_category")


def deactivate_products(product_ids: list[int]) -> int:
    repo = ProductRepository()
    count = repo.deactivate(product_ids)
    repo.commit()
    for pid in product_ids:
        events.publish("catalog.product_deactivated", {"product_id": pid})
    return count


def serialize_product(product: Product) -> dict:
    return {
        "id": product.id,
        "sku": product.sku,
        "name": product.name,
        "slug": product.slug,
        "price": helpers.format_price(product.list_price, product.currency),
        "category": product.category.code if product.category else None,
        "tags": sorted(t.name for t in product.tags),
        "rating": float(product.rating_avg or 0),
        "reviews": product.rating_count,
    }
