"""Cart ORM models (classic declarative style)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import relationship

from ..core.db import Base


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Cart(Base):
    __tablename__ = "carts"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, nullable=True, index=True)
    session_token = Column(String(64), nullable=True, unique=True)
    currency = Column(String(3), default="EUR", nullable=False)
    coupon_code = Column(String(40), nullable=True)
    is_checked_out = Column(Boolean, default=False, nullable=False)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now)

    items = relationship("CartItem", back_populates="cart", cascade="all, delete-orphan",
                         order_by="CartItem.id")

    @property
    def subtotal(self) -> Decimal:
        return sum((item.line_total for item in self.items), Decimal("0"))

    @property
    def item_count(self) -> int:
        return sum(item.quantity for item in self.items)

    @property
    def is_empty(self) -> bool:
        return not self.items


class CartItem(Base):
    __tablename__ = "cart_items"

    id = Column(Integer, primary_key=True)
    cart_id = Column(Integer, ForeignKey("carts.id", ondelete="CASCADE"), nullable=False, index=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False)
    variant_code = Column(String(20), nullable=True)
    quantity = Column(Integer, nullable=False, default=1)
    unit_price = Column(Numeric(10, 2), nullable=False)
    added_at = Column(DateTime(timezone=True), default=_now)

    cart = relationship("Cart", back_populates="items")

    @property
    def line_total(self) -> Decimal:
        return Decimal(self.unit_price) * self.quantity
