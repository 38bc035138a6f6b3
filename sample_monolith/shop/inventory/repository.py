"""Inventory data access (ORM)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from sqlalchemy import select, update

from shop.core.repository import BaseRepository
from .models import InventoryLevel, ReservationStatus, Stock, StockMovement, StockReservation, Warehouse


class StockRepository(BaseRepository[Stock]):
    model = Stock

    def for_product(self, product_id: int, lock: bool = False) -> Stock | None:
        stmt = select(Stock).where(Stock.product_id == product_id)
        if lock:
            stmt = stmt.with_for_update()
        return self.session.execute(stmt).scalar_one_or_none()

    def for_products(self, product_ids: list[int]) -> dict[int, Stock]:
        rows = self.session.execute(select(Stock).where(Stock.product_id.in_(product_ids))).scalars()
        return {row.product_id: row for row in rows}

    def change_reserved(self, product_id: int, delta: int) -> None:
        self.session.execute(
            update(Stock)
            .where(Stock.product_id == product_id)
            .values(quantity_reserved=Stock.quantity_reserved + delta)
        )

    def record_movement(self, product_id: int, delta: int, reason: str, reference: str | None = None,
                        warehouse_id: int | None = None) -> StockMovement:
        movement = StockMovement(product_id=product_id, delta=delta, reason=reason,
                                 reference=reference, warehouse_id=warehouse_id)
        self.session.add(movement)
        return movement


class ReservationRepository(BaseRepository[StockReservation]):
    model = StockReservation

    def held_for_cart(self, cart_id: int) -> Sequence[StockReservation]:
        return (
            self.session.query(StockReservation)
            .filter(StockReservation.cart_id == cart_id, StockReservation.status == ReservationStatus.HELD)
            .all()
        )

    def for_order(self, order_id: int) -> Sequence[StockReservation]:
        return self.session.query(StockReservation).filter_by(order_id=order_id).all()

    def expired(self, now: datetime | None = None) -> Sequence[StockReservation]:
        now = now or datetime.now(timezone.utc)
        stmt = select(StockReservation).where(
            StockReservation.status == ReservationStatus.HELD,
            StockReservation.expires_at < now,
        )
        return self.session.execute(stmt).scalars().all()

    def set_status(self, reservation_ids: list[int], status: ReservationStatus) -> int:
        result = self.session.execute(
            update(StockReservation).where(StockReservation.id.in_(reservation_ids)).values(status=status)
        )
        return result.rowcount


class WarehouseRepository(BaseRepository[Warehouse]):
    model = Warehouse

    def active(self) -> list[Warehouse]:
        rows = self.session.query(Warehouse).filter(Warehouse.is_active.is_(True)).all()
        return sorted(rows, key=lambda w: w.priority)

    def level(self, warehouse_id: int, product_id: int) -> InventoryLevel | None:
        return (
            self.session.query(InventoryLevel)
            .filter_by(warehouse_id=warehouse_id, product_id=product_id)
            .one_or_none()
        )
