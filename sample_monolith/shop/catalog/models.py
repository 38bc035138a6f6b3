"""Catalog ORM models (classic declarative style)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import relationship

from ..core.db import Base, metadata


def _now() -> datetime:
    return datetime.now(timezone.utc)


product_tags = Table(
    "product_tags",
    metadata,
    Column("product_id", Integer, ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Category(Base):
    __tablename__ = "categories"

    id = Column(Integer, primary_key=True)
    parent_id = Column(Integer, ForeignKey("categories.id"), nullable=True)
    code = Column(String(8), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    slug = Column(String(140), nullable=False, unique=True)
    position = Column(Integer, default=0, nullable=False)
    is_visible = Column(Boolean, default=True, nullable=False)

    parent = relationship("Category", remote_side=[id], backref="children")
    products = relationship("Product", back_populates="category")

    def path(self) -> list[str]:
        node, names = self, []
        while node is not None:
            names.append(node.name)
            node = node.parent
        return list(reversed(names))


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    name = Column(String(60), nullable=False, unique=True)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("slug", name="uq_products_slug"),)

    id = Column(Integer, primary_key=True)
    category_id = Column(Integer, ForeignKey("categories.id"), nullable=False, index=True)
    sku = Column(String(40), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    slug = Column(String(220), nullable=False)
    description = Column(Text, default="")
    list_price = Column(Numeric(10, 2), nullable=False)
    currency = Column(String(3), default="EUR", nullable=False)
    weight_grams = Column(Integer, default=0, nullable=False)
    is_active = Column(Boolean, default=True, nullable=False)
    rating_avg = Column(Numeric(3, 2), default=Decimal("0"))
    rating_count = Column(Integer, default=0, nullable=False)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now)

    category = relationship("Category", back_populates="products")
    tags = relationship("Tag", secondary=product_tags, backref="products")
    variants = relationship("ProductVariant", back_populates="product", cascade="all, delete-orphan")
    price_tiers = relationship("PriceTier", back_populates="product", order_by="PriceTier.min_quantity")

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.sku})"

    @property
    def is_heavy(self) -> bool:
        return self.weight_grams > 20_000

    def __repr__(self) -> str:
        return f"<Product {self.id} {self.sku}>"


class ProductVariant(Base):
    __tablename__ = "product_variants"

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False)
    code = Column(String(20), nullable=False)
    label = Column(String(80), nullable=False)
    price_delta = Column(Numeric(10, 2), default=Decimal("0"), nullable=False)

    product = relationship("Product", back_populates="variants")


class PriceTier(Base):
    """Volume pricing: buy at least ``min_quantity`` and pay ``unit_price``."""

    __tablename__ = "price_tiers"

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False)
    min_quantity = Column(Integer, nullable=False)
    unit_price = Column(Numeric(10, 2), nullable=False)
    customer_group = Column(String(30), nullable=True)

    product = relationship("Product", back_populates="price_tiers")
