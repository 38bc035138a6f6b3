"""Payment ORM models (classic declarative style)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import Column, DateTime, ForeignKey, Integer, JSON, Numeric, String
from sqlalchemy.orm import relationship

from shop.core.db import Base


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Payment(Base):
    __tablename__ = "payments"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"), nullable=False, index=True)
    provider = Column(String(20), nullable=False)
    provider_reference = Column(String(80), nullable=True, unique=True)
    amount = Column(Numeric(12, 2), nullable=False)
    currency = Column(String(3), nullable=False, default="EUR")
    status = Column(String(20), nullable=False, default="pending")
    failure_reason = Column(String(200), nullable=True)
    raw_response = Column(JSON, nullable=True)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    captured_at = Column(DateTime(timezone=True), nullable=True)

    refunds = relationship("Refund", back_populates="payment")

    @property
    def refunded_amount(self) -> Decimal:
        return sum((Decimal(r.amount) for r in self.refunds if r.status == "succeeded"), Decimal("0"))

    @property
    def refundable(self) -> Decimal:
        return Decimal(self.amount) - self.refunded_amount


class Refund(Base):
    __tablename__ = "refunds"

    id = Column(Integer, primary_key=True)
    payment_id = Column(Integer, ForeignKey("payments.id"), nullable=False, index=True)
    amount = Column(Numeric(12, 2), nullable=False)
    reason = Column(String(120), nullable=True)
    status = Column(String(20), nullable=False, default="pending")
    provider_reference = Column(String(80), nullable=True)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)

    payment = relationship("Payment", back_populates="refunds")


class WebhookEvent(Base):
    """Raw provider webhooks, stored for idempotency and auditing."""

    __tablename__ = "payment_webhook_events"

    id = Column(Integer, primary_key=True)
    provider = Column(String(20), nullable=False)
    event_id = Column(String(80), nullable=False, unique=True)
    event_type = Column(String(60), nullable=False)
    payload = Column(JSON, nullable=False)
    received_at = Column(DateTime(timezone=True), default=_now, nullable=False)
