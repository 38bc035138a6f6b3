"""Promotion models — SQLAlchemy 2.0 typed declarative style."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class DiscountKind(str, enum.Enum):
    PERCENT = "percent"
    FIXED = "fixed"
    BUY_X_GET_Y = "bxgy"
    FREE_SHIPPING = "free_shipping"


class Promotion(Base):
    __tablename__ = "promotions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    category_code: Mapped[Optional[str]] = mapped_column(String(8))
    product_id: Mapped[Optional[int]]
    min_order_value: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    buy_quantity: Mapped[int] = mapped_column(default=0)
    get_quantity: Mapped[int] = mapped_column(default=0)
    starts_at: Mapped[datetime] = mapped_column(default=_now)
    ends_at: Mapped[Optional[datetime]]
    is_active: Mapped[bool] = mapped_column(default=True)
    stackable: Mapped[bool] = mapped_column(default=False)
    priority: Mapped[int] = mapped_column(default=100)
    max_redemptions: Mapped[Optional[int]]
    redemption_count: Mapped[int] = mapped_column(default=0)

    coupons: Mapped[list["Coupon"]] = relationship(back_populates="promotion")

    def is_running(self, now: datetime | None = None) -> bool:
        now = now or _now()
        if not self.is_active or self.starts_at > now:
            return False
        if self.ends_at is not None and self.ends_at < now:
            return False
        return self.max_redemptions is None or self.redemption_count < self.max_redemptions


class Coupon(Base):
    __tablename__ = "coupons"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True, index=True)
    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotions.id"))
    single_use: Mapped[bool] = mapped_column(default=False)
    used: Mapped[bool] = mapped_column(default=False)
    customer_id: Mapped[Optional[int]]

    promotion: Mapped[Promotion] = relationship(back_populates="coupons")


class Redemption(Base):
    __tablename__ = "promotion_redemptions"
    __table_args__ = (UniqueConstraint("promotion_id", "order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotions.id"), index=True)
    order_id: Mapped[int] = mapped_column(index=True)
    customer_id: Mapped[int]
    redeemed_at: Mapped[datetime] = mapped_column(default=_now)
