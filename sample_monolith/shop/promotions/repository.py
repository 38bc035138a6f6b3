"""Promotion persistence (2.0-style queries)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from shop.core.db import SessionLocal
from .models import Coupon, Promotion, Redemption


class PromotionRepository:
    def __init__(self, session: Session | None = None) -> None:
        self.session = session or SessionLocal()

    def __enter__(self) -> "PromotionRepository":
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.session.commit()
        else:
            self.session.rollback()
        self.session.close()
        return False

    def running(self) -> Sequence[Promotion]:
        now = datetime.now(timezone.utc)
        stmt = (
            select(Promotion)
            .where(Promotion.is_active, Promotion.starts_at <= now)
            .where((Promotion.ends_at.is_(None)) | (Promotion.ends_at >= now))
            .order_by(Promotion.priority)
        )
        return self.session.scalars(stmt).all()

    def coupon(self, code: str) -> Coupon | None:
        return self.session.scalar(select(Coupon).where(Coupon.code == code.upper()))

    def get(self, promotion_id: int) -> Promotion | None:
        return self.session.get(Promotion, promotion_id)

    def add(self, promotion: Promotion) -> Promotion:
        self.session.add(promotion)
        self.session.flush()
        return promotion

    def record_redemptions(self, promotion_ids: list[int], order_id: int, customer_id: int) -> None:
        self.session.execute(
            insert(Redemption),
            [{"promotion_id": pid, "order_id": order_id, "customer_id": customer_id} for pid in promotion_ids],
        )
        self.session.execute(
            update(Promotion)
            .where(Promotion.id.in_(promotion_ids))
            .values(redemption_count=Promotion.redemption_count + 1)
        )

    def mark_coupon_used(self, code: str) -> None:
        self.session.execute(update(Coupon).where(Coupon.code == code.upper(), Coupon.single_use).values(used=True))

    def redemptions_by(self, customer_id: int, promotion_id: int) -> int:
        stmt = select(Redemption).where(Redemption.customer_id == customer_id,
                                        Redemption.promotion_id == promotion_id)
        return len(self.session.scalars(stmt).all())

    def expire_before(self, cutoff: datetime) -> int:
        result = self.session.execute(
            update(Promotion).where(Promotion.ends_at < cutoff, Promotion.is_active).values(is_active=False)
        )
        return result.rowcount

    def purge_unused_coupons(self, promotion_id: int) -> int:
        result = self.session.execute(
            delete(Coupon).where(Coupon.promotion_id == promotion_id, Coupon.used.is_(False))
        )
        return result.rowcount

    def add_coupons(self, promotion_id: int, codes: list[str], single_use: bool = True) -> None:
        self.session.add_all(Coupon(code=c.upper(), promotion_id=promotion_id, single_use=single_use) for c in codes)
