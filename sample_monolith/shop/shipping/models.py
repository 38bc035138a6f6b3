"""Shipping ORM models — SQLAlchemy 2.0 typed declarative style.

This domain was rewritten in 2023 and has its own declarative base.
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class ShipmentStatus(str, enum.Enum):
    CREATED = "created"
    LABEL_PRINTED = "label_printed"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    RETURNED = "returned"


class ShippingRate(Base):
    __tablename__ = "shipping_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    method: Mapped[str] = mapped_column(String(20))
    max_weight_grams: Mapped[int]
    price: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    carrier: Mapped[str] = mapped_column(String(20))
    transit_days: Mapped[int] = mapped_column(default=3)
    is_active: Mapped[bool] = mapped_column(default=True)


class Shipment(Base):
    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(index=True, unique=True)
    carrier: Mapped[str] = mapped_column(String(20))
    tracking_number: Mapped[Optional[str]] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=ShipmentStatus.CREATED.value)
    label_url: Mapped[Optional[str]] = mapped_column(String(300))
    weight_grams: Mapped[int] = mapped_column(default=0)
    cost: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))
    created_at: Mapped[datetime] = mapped_column(default=_now)
    delivered_at: Mapped[Optional[datetime]]

    events: Mapped[list["TrackingEvent"]] = relationship(back_populates="shipment",
                                                         order_by="TrackingEvent.occurred_at")

    @property
    def is_final(self) -> bool:
        return self.status in (ShipmentStatus.DELIVERED.value, ShipmentStatus.RETURNED.value)


class TrackingEvent(Base):
    __tablename__ = "tracking_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    location: Mapped[Optional[str]] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(String(300), default="")
    occurred_at: Mapped[datetime] = mapped_column(default=_now)

    shipment: Mapped[Shipment] = relationship(back_populates="events")
