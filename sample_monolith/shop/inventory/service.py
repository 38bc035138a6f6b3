"""Inventory business logic: availability, reservations and adjustments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import text

from shop.catalog import service as catalog_service
from shop.core import events
from shop.core.config import settings
from shop.core.db import TransactionScope, engine, get_session
from shop.core.errors import NotFound, OutOfStock, ValidationError
from shop.core.logging import get_logger
from shop.notifications.tasks import send_low_stock_alert
from .models import ReservationStatus, Stock, StockReservation
from .repository import ReservationRepository, StockRepository, WarehouseRepository

logger = get_logger(__name__)


@dataclass(frozen=True)
class LineRequest:
    product_id: int
    quantity: int


def _as_requests(items: Iterable) -> list[LineRequest]:
    requests = []
    for item in items:
        if isinstance(item, LineRequest):
            requests.append(item)
        elif isinstance(item, dict):
            requests.append(LineRequest(int(item["product_id"]), int(item["quantity"])))
        else:
            requests.append(LineRequest(int(item.product_id), int(item.quantity)))
    return requests


def check_availability(product_id: int, quantity: int = 1) -> bool:
    stock = StockRepository().for_product(product_id)
    return stock is not None and stock.sellable >= quantity


def available_quantities(product_ids: list[int]) -> dict[int, int]:
    stocks = StockRepository().for_products(product_ids)
    return {pid: (stocks[pid].sellable if pid in stocks else 0) for pid in product_ids}


def reserve(items: Iterable, cart_id: int | None = None, order_id: int | None = None,
            strict: bool = True) -> bool:
    """Hold stock for every line, all-or-nothing.

    Returns ``False`` (or raises :class:`OutOfStock` when ``strict``) if any
    line cannot be satisfied.
    """
    session = get_session()
    stocks = StockRepository(session)
    reservations = ReservationRepository(session)
    lines = _as_requests(items)
    with TransactionScope(session):
        for line in sorted(lines, key=lambda l: l.product_id):  # lock in id order to avoid deadlocks
            stock = stocks.for_product(line.product_id, lock=True)
            available = stock.sellable if stock else 0
            if available < line.quantity:
                if strict:
                    raise OutOfStock(line.product_id, line.quantity, available)
                return False
        for line in lines:
            stocks.change_reserved(line.product_id, line.quantity)
            reservations.add(StockReservation(product_id=line.product_id, quantity=line.quantity,
                                              cart_id=cart_id, order_id=order_id))
    events.publish("inventory.reserved", {"cart_id": cart_id, "order_id": order_id,
                                           "lines": [(l.product_id, l.quantity) for l in lines]})
    return True


def release(order_id: int | None = None, cart_id: int | None = None, reason: str = "released") -> int:
    """Give back held stock for an order or a cart."""
    session = get_session()
    reservations = ReservationRepository(session)
    stocks = StockRepository(session)
    if order_id is not None:
        held = [r for r in reservations.for_order(order_id) if r.status == ReservationStatus.HELD]
    elif cart_id is not None:
        held = list(reservations.held_for_cart(cart_id))
    else:
        raise ValidationError("order_id or cart_id required")
    with TransactionScope(session):
        for reservation in held:
            stocks.change_reserved(reservation.product_id, -reservation.quantity)
        status = ReservationStatus.EXPIRED if reason == "expired" else ReservationStatus.RELEASED
        reservations.set_status([r.id for r in held], status)
    logger.info("released %d reservations (order=%s cart=%s)", len(held), order_id, cart_id)
    return len(held)


def commit_for_order(order_id: int) -> None:
    """Turn held reservations into real stock decrements once an order is paid."""
    session = get_session()
    reservations = ReservationRepository(session)
    stocks = StockRepository(session)
    held = [r for r in reservations.for_order(order_id) if r.status == ReservationStatus.HELD]
    if not held:
        raise NotFound(f"no held reservations for order {order_id}")
    with engine.begin() as conn:
        for reservation in held:
            conn.execute(
                text(
                    "UPDATE stock SET quantity_available = quantity_available - :qty, "
                    "quantity_reserved = quantity_reserved - :qty, updated_at = now() "
                    "WHERE product_id = :pid"
                ),
                {"qty": reservation.quantity, "pid": reservation.product_id},
            )
            stocks.record_movement(reservation.product_id, -reservation.quantity, "sale", f"order:{order_id}")
    reservations.set_status([r.id for r in held], ReservationStatus.COMMITTED)
    session.commit()
    for reservation in held:
        _check_low_stock(reservation.product_id)


def adjust_stock(product_id: int, delta: int, reason: str, warehouse_code: str | None = None) -> Stock:
    """Manual correction or goods receipt."""
    if not catalog_service.product_exists(product_id):
        raise NotFound(f"product {product_id} not found")
    session = get_session()
    stocks = StockRepository(session)
    warehouses = WarehouseRepository(session)
    with TransactionScope(session):
        stock = stocks.for_product(product_id, lock=True)
        if stock is None:
            stock = stocks.add(Stock(product_id=product_id, quantity_available=0, quantity_reserved=0))
        if stock.quantity_available + delta < 0:
            raise OutOfStock(product_id, -delta, stock.quantity_available)
        stock.quantity_available += delta
        warehouse_id = None
        if warehouse_code:
            match = [w for w in warehouses.active() if w.code == warehouse_code]
            warehouse_id = match[0].id if match else None
            level = warehouses.level(warehouse_id, product_id) if warehouse_id else None
            if level is not None:
                level.on_hand += delta
        stocks.record_movement(product_id, delta, reason, warehouse_id=warehouse_id)
    events.publish("inventory.adjusted", {"product_id": product_id, "delta": delta, "reason": reason})
    _check_low_stock(product_id)
    return stock


def expire_stale_reservations() -> int:
    repo = ReservationRepository()
    expired = repo.expired()
    order_ids = {r.order_id for r in expired if r.order_id}
    cart_ids = {r.cart_id for r in expired if r.cart_id and not r.order_id}
    count = 0
    for oid in order_ids:
        count += release(order_id=oid, reason="expired")
    for cid in cart_ids:
        count += release(cart_id=cid, reason="expired")
    return count


def _check_low_stock(product_id: int) -> None:
    stock = StockRepository().for_product(product_id)
    if stock is not None and stock.sellable <= settings.low_stock_threshold:
        send_low_stock_alert.delay(product_id, stock.sellable)


# Keep stock reservations in sync with order life-cycle events.
events.subscribe("order.cancelled", lambda payload: release(order_id=payload["order_id"], reason="cancelled"))
