"""Inventory ORM models (classic declarative style)."""

from __future__ import annotations

import enum
from datetime import datetime, timedelta, timezone

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import relationship

from shop.core.config import settings
from shop.core.db import Base


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Warehouse(Base):
    __tablename__ = "warehouses"

    id = Column(Integer, primary_key=True)
    code = Column(String(10), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    country = Column(String(2), nullable=False)
    priority = Column(Integer, default=100, nullable=False)
    is_active = Column(Boolean, default=True, nullable=False)

    levels = relationship("InventoryLevel", back_populates="warehouse")


class Stock(Base):
    """Aggregate, sellable quantity per product across all warehouses."""

    __tablename__ = "stock"
    __table_args__ = (CheckConstraint("quantity_available >= 0", name="ck_stock_non_negative"),)

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False, unique=True)
    quantity_available = Column(Integer, default=0, nullable=False)
    quantity_reserved = Column(Integer, default=0, nullable=False)
    updated_at = Column(DateTime(timezone=True), default=_now, onupdate=_now)

    @property
    def sellable(self) -> int:
        return max(0, self.quantity_available - self.quantity_reserved)


class InventoryLevel(Base):
    """Physical on-hand quantity per product per warehouse."""

    __tablename__ = "inventory_levels"
    __table_args__ = (UniqueConstraint("warehouse_id", "product_id"),)

    id = Column(Integer, primary_key=True)
    warehouse_id = Column(Integer, ForeignKey("warehouses.id"), nullable=False)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False, index=True)
    on_hand = Column(Integer, default=0, nullable=False)
    bin_location = Column(String(20), nullable=True)

    warehouse = relationship("Warehouse", back_populates="levels")


class ReservationStatus(str, enum.Enum):
    HELD = "held"
    COMMITTED = "committed"
    RELEASED = "released"
    EXPIRED = "expired"


class StockReservation(Base):
    """Stock held for a checkout. Written by inventory *and* orders."""

    __tablename__ = "stock_reservations"

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, ForeignKey("products.id"), nullable=False, index=True)
    quantity = Column(Integer, nullable=False)
    cart_id = Column(Integer, nullable=True)
    order_id = Column(Integer, ForeignKey("orders.id"), nullable=True, index=True)
    status = Column(Enum(ReservationStatus), default=ReservationStatus.HELD, nullable=False)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
    expires_at = Column(
        DateTime(timezone=True),
        default=lambda: _now() + timedelta(minutes=settings.reservation_ttl_minutes),
        nullable=False,
    )

    @property
    def is_expired(self) -> bool:
        return self.status == ReservationStatus.HELD and self.expires_at < _now()


class StockMovement(Base):
    __tablename__ = "stock_movements"

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, nullable=False, index=True)
    warehouse_id = Column(Integer, ForeignKey("warehouses.id"), nullable=True)
    delta = Column(Integer, nullable=False)
    reason = Column(String(40), nullable=False)
    reference = Column(String(60), nullable=True)
    created_at = Column(DateTime(timezone=True), default=_now, nullable=False)
