"""Shipping service: quoting, shipment creation and tracking."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from shop.core import events
from shop.core.cache import cached
from shop.core.config import settings
from shop.core.db import SessionLocal
from shop.core.errors import Conflict, NotFound, ValidationError
from shop.core.logging import get_logger
from shop.core.money import Money
from shop.utils.dates import add_business_days, utcnow
from .carriers import carrier_for
from .models import Shipment, ShipmentStatus, ShippingRate, TrackingEvent

logger = get_logger(__name__)


@dataclass(frozen=True)
class Quote:
    amount: Decimal
    carrier: str
    transit_days: int


def _session() -> Session:
    return SessionLocal()


@cached(ttl=3600)
def _rates(country: str, method: str) -> list[ShippingRate]:
    with _session() as session:
        stmt = (
            select(ShippingRate)
            .where(ShippingRate.country == country, ShippingRate.method == method, ShippingRate.is_active)
            .order_by(ShippingRate.max_weight_grams)
        )
        return list(session.scalars(stmt))


def quote(country: str, weight_grams: int, method: str = "standard", order_value: Decimal | None = None) -> Quote:
    """Cheapest rate that fits the parcel; free above the threshold."""
    rates = [r for r in _rates(country, method) if r.max_weight_grams >= weight_grams]
    if not rates:
        raise ValidationError(f"no {method} shipping to {country} for {weight_grams}g")
    best = min(rates, key=lambda r: (r.price, r.transit_days))
    amount = Decimal(best.price)
    if method == "standard" and order_value is not None and order_value >= settings.free_shipping_threshold:
        amount = Decimal("0")
    return Quote(amount=amount, carrier=best.carrier, transit_days=best.transit_days)


def estimated_delivery(country: str, method: str = "standard"):
    rates = _rates(country, method)
    days = min((r.transit_days for r in rates), default=5)
    return add_business_days(utcnow().date(), days)


def create_shipment(order_id: int) -> Shipment:
    from shop.orders.service import get_order_for_shipping  # lazy: orders imports this module

    info = get_order_for_shipping(order_id)
    with _session() as session:
        if session.scalar(select(Shipment).where(Shipment.order_id == order_id)):
            raise Conflict(f"order {order_id} already has a shipment")
        weight = sum(q for _, q in info["items"]) * 500  # rough estimate until we store weights on lines
        rate = quote(info["country"], weight)
        shipment = Shipment(order_id=order_id, carrier=rate.carrier, weight_grams=weight, cost=rate.amount)
        session.add(shipment)
        session.flush()
        carrier = carrier_for(rate.carrier)
        label = carrier.create_label(shipment.id, {k: info[k] for k in ("name", "street", "city", "postcode", "country")}, weight)
        shipment.tracking_number = label.tracking_number
        shipment.label_url = label.label_url
        shipment.status = ShipmentStatus.LABEL_PRINTED.value
        session.commit()
        session.refresh(shipment)
    events.publish("shipping.label_created", {"order_id": order_id, "tracking": shipment.tracking_number})
    return shipment


def record_tracking(shipment_id: int) -> int:
    """Poll the carrier and store new tracking events; returns how many were new."""
    from shop.orders import service as orders_service

    with _session() as session:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            raise NotFound(f"shipment {shipment_id}")
        if shipment.is_final or not shipment.tracking_number:
            return 0
        known = {(e.status, e.occurred_at) for e in shipment.events}
        updates = carrier_for(shipment.carrier).track(shipment.tracking_number)
        new = [u for u in updates if (u.status, u.occurred_at) not in known]
        for update in new:
            session.add(TrackingEvent(shipment_id=shipment.id, status=update.status, location=update.location,
                                      description=update.description, occurred_at=update.occurred_at))
        previous = shipment.status
        if new:
            shipment.status = max(new, key=lambda u: u.occurred_at).status
        session.commit()
        order_id, tracking, status = shipment.order_id, shipment.tracking_number, shipment.status
    if previous == ShipmentStatus.LABEL_PRINTED.value and status == ShipmentStatus.IN_TRANSIT.value:
        orders_service.OrderService(actor="shipping").mark_shipped(order_id, tracking)
    if status == ShipmentStatus.DELIVERED.value:
        events.publish("shipping.delivered", {"order_id": order_id})
    return len(new)


def open_shipments() -> list[int]:
    with _session() as session:
        stmt = select(Shipment.id).where(Shipment.status.not_in([ShipmentStatus.DELIVERED.value,
                                                                   ShipmentStatus.RETURNED.value]))
        return list(session.scalars(stmt))


def shipment_summary(shipment_id: int) -> dict:
    """Small projection used by notifications."""
    with _session() as session:
        shipment = session.get(Shipment, shipment_id)
        if shipment is None:
            raise NotFound(f"shipment {shipment_id}")
        return {"order_id": shipment.order_id, "carrier": shipment.carrier,
                "tracking": shipment.tracking_number, "status": shipment.status}


def shipment_for_order(order_id: int) -> dict:
    with _session() as session:
        shipment = session.scalar(select(Shipment).where(Shipment.order_id == order_id))
        if shipment is None:
            raise NotFound(f"no shipment for order {order_id}")
        return {
            "id": shipment.id,
            "carrier": shipment.carrier,
            "tracking": shipment.tracking_number,
            "status": shipment.status,
            "cost": str(Money(shipment.cost)),
            "events": [{"status": e.status, "at": e.occurred_at.isoformat(), "where": e.location}
                       for e in shipment.events],
        }
