"""Order persistence, plus the order-side writes to ``stock_reservations``."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import func, select, text, update

from shop.core.repository import BaseRepository
from shop.inventory.models import ReservationStatus, StockReservation
from .models import Order, OrderLine


class OrderRepository(BaseRepository[Order]):
    model = Order

    def by_number(self, number: str) -> Order | None:
        return self.session.query(Order).filter(Order.number == number).one_or_none()

    def for_customer(self, customer_id: int, limit: int = 20) -> Sequence[Order]:
        return (
            self.session.query(Order)
            .filter(Order.customer_id == customer_id)
            .order_by(Order.placed_at.desc())
            .limit(limit)
            .all()
        )

    def unpaid_before(self, cutoff: datetime) -> Sequence[Order]:
        stmt = select(Order).where(Order.status.in_(["pending", "awaiting_payment"]), Order.placed_at < cutoff)
        return self.session.execute(stmt).scalars().all()

    def customer_bought(self, customer_id: int, product_id: int) -> bool:
        stmt = (
            select(func.count(OrderLine.id))
            .join(Order, Order.id == OrderLine.order_id)
            .where(Order.customer_id == customer_id, OrderLine.product_id == product_id,
                   Order.status.in_(["paid", "fulfilling", "shipped", "delivered"]))
        )
        return self.session.execute(stmt).scalar_one() > 0

    def revenue_between(self, start: datetime, end: datetime):
        stmt = select(func.coalesce(func.sum(Order.grand_total), 0)).where(
            Order.paid_at >= start, Order.paid_at < end
        )
        return self.session.execute(stmt).scalar_one()

    # --- shared table: stock_reservations (owned by inventory) -------------

    def attach_reservations(self, cart_id: int, order_id: int) -> int:
        """Re-key the cart's held reservations onto the new order."""
        result = self.session.execute(
            update(StockReservation)
            .where(StockReservation.cart_id == cart_id, StockReservation.status == ReservationStatus.HELD)
            .values(order_id=order_id)
        )
        return result.rowcount

    def extend_reservations(self, order_id: int, minutes: int) -> None:
        self.session.execute(
            text(
                "UPDATE stock_reservations SET expires_at = expires_at + make_interval(mins => :m) "
                "WHERE order_id = :oid AND status = 'held'"
            ),
            {"m": minutes, "oid": order_id},
        )
