"""Pydantic schemas for the public catalog API."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field, validator


class VariantIn(BaseModel):
    code: str = Field(..., max_length=20)
    label: str
    delta: Decimal = Decimal("0")


class ProductIn(BaseModel):
    name: str = Field(..., min_length=2, max_length=200)
    category_code: str
    price: Decimal = Field(..., gt=0)
    description: str = ""
    weight_grams: int = 0
    tags: list[str] = []
    variants: list[VariantIn] = []

    @validator("tags", each_item=True)
    def tag_lowercase(cls, value: str) -> str:
        return value.strip().lower()


class ProductOut(BaseModel):
    id: int
    sku: str
    name: str
    slug: str
    price: str
    category: str | None
    tags: list[str]
    rating: float
    reviews: int


class PriceOut(BaseModel):
    product_id: int
    quantity: int
    unit_price: str
    total: str
