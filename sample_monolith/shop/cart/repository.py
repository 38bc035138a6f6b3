"""Cart persistence."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select

from ..core import db
from ..core.repository import BaseRepository
from .models import Cart, CartItem


class CartRepository(BaseRepository[Cart]):
    model = Cart

    def open_cart_for_customer(self, customer_id: int) -> Cart | None:
        stmt = (
            select(Cart)
            .where(Cart.customer_id == customer_id, Cart.is_checked_out.is_(False))
            .order_by(Cart.updated_at.desc())
        )
        return self.session.execute(stmt).scalars().first()

    def by_token(self, token: str) -> Cart | None:
        return self.session.query(Cart).filter(Cart.session_token == token).one_or_none()

    def find_item(self, cart: Cart, product_id: int, variant_code: str | None) -> CartItem | None:
        return next(
            (i for i in cart.items if i.product_id == product_id and i.variant_code == variant_code),
            None,
        )

    def empty(self, cart_id: int) -> int:
        """Bulk-delete every line of a cart without loading them."""
        conn = db.raw_connection()
        try:
            cursor = conn.cursor()
            cursor.execute('DELETE FROM "cart_items" WHERE cart_id = %s', (cart_id,))
            deleted = cursor.rowcount
            conn.commit()
        finally:
            conn.close()
        self.session.expire_all()
        return deleted

    def purge_abandoned(self, older_than_days: int = 30) -> int:
        cutoff = datetime.now(timezone.utc) - timedelta(days=older_than_days)
        result = self.session.execute(
            delete(Cart).where(Cart.is_checked_out.is_(False), Cart.updated_at < cutoff)
        )
        self.session.commit()
        return result.rowcount
