"""Order ORM models (classic declarative style)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import relationship

from shop.core.db import Base
from shop.core.money import Money


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    number = Column(String(20), nullable=False, unique=True)
    customer_id = Column(Integer, nullable=False, index=True)
    cart_id = Column(Integer, ForeignKey("carts.id"), nullable=True)
    status = Column(String(20), nullable=False, default="pending", index=True)
    currency = Column(String(3), nullable=False, default="EUR")
    subtotal = Column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    discount_total = Column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    shipping_total = Column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    tax_total = Column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    grand_total = Column(Numeric(12, 2), nullable=False, default=Decimal("0"))
    coupon_code = Column(String(40), nullable=True)
    email = Column(String(254), nullable=False)
    shipping_name = Column(String(120), nullable=False)
    shipping_street = Column(String(200), nullable=False)
    shipping_city = Column(String(100), nullable=False)
    shipping_postcode = Column(String(20), nullable=False)
    shipping_country = Column(String(2), nullable=False)
    payment_id = Column(Integer, nullable=True)
    notes = Column(Text, nullable=True)
    placed_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    paid_at = Column(DateTime(timezone=True), nullable=True)
    shipped_at = Column(DateTime(timezone=True), nullable=True)
    cancelled_at = Column(DateTime(timezone=True), nullable=True)

    lines = relationship("OrderLine", back_populates="order", cascade="all, delete-orphan")
    history = relationship("OrderStatusChange", back_populates="order", order_by="OrderStatusChange.id")

    @property
    def total(self) -> Money:
        return Money(self.grand_total, self.currency)

    @property
    def is_open(self) -> bool:
        return self.status not in {"cancelled", "delivered", "refunded"}

    def recalculate(self) -> None:
        self.subtotal = sum((l.line_total for l in self.lines), Decimal("0"))
        self.grand_total = (
            Decimal(self.subtotal) - Decimal(self.discount_total)
            + Decimal(self.shipping_total) + Decimal(self.tax_total)
        )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False, index=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False)
    sku = Column(String(40), nullable=False)
    name = Column(String(200), nullable=False)
    quantity = Column(Integer, nullable=False)
    unit_price = Column(Numeric(10, 2), nullable=False)
    discount = Column(Numeric(10, 2), nullable=False, default=Decimal("0"))

    order = relationship("Order", back_populates="lines")

    @property
    def line_total(self) -> Decimal:
        return Decimal(self.unit_price) * self.quantity - Decimal(self.discount)


class OrderStatusChange(Base):
    __tablename__ = "order_status_changes"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"), nullable=False, index=True)
    from_status = Column(String(20), nullable=False)
    to_status = Column(String(20), nullable=False)
    actor = Column(String(60), nullable=True)
    changed_at = Column(DateTime(timezone=True), default=_now, nullable=False)

    order = relationship("Order", back_populates="history")
