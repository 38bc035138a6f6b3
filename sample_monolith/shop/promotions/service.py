"""Discount calculation.

``apply_discounts`` is called by orders at checkout; it never writes.
Redemptions are recorded afterwards via ``record_redemptions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Callable, Iterable

from shop.catalog import service as catalog_service
from shop.core import events
from shop.core.errors import NotFound, ValidationError
from shop.core.logging import get_logger
from shop.utils.ids import short_code
from shop import helpers
from .models import DiscountKind, Promotion
from .repository import PromotionRepository

logger = get_logger(__name__)

Line = tuple[int, int, Decimal]  # (product_id, quantity, unit_price)


@dataclass
class DiscountResult:
    per_product: dict[int, Decimal] = field(default_factory=dict)
    order_level: Decimal = Decimal("0")
    free_shipping: bool = False
    promotion_ids: list[int] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum(self.per_product.values(), Decimal("0")) + self.order_level

    def add_line_discount(self, product_id: int, amount: Decimal) -> None:
        self.per_product[product_id] = self.per_product.get(product_id, Decimal("0")) + amount


def _matching_lines(promotion: Promotion, lines: list[Line]) -> list[Line]:
    if promotion.product_id:
        return [l for l in lines if l[0] == promotion.product_id]
    if promotion.category_code:
        return [l for l in lines if catalog_service.get_product_category(l[0]) == promotion.category_code]
    return lines


def _percent(promotion: Promotion, lines: list[Line], result: DiscountResult) -> bool:
    matched = _matching_lines(promotion, lines)
    if not matched:
        return False
    for product_id, quantity, unit_price in matched:
        result.add_line_discount(product_id, helpers.round_price(unit_price * quantity * promotion.value / 100))
    return True


def _fixed(promotion: Promotion, lines: list[Line], result: DiscountResult) -> bool:
    subtotal = sum((q * p for _, q, p in lines), Decimal("0"))
    result.order_level += min(Decimal(promotion.value), subtotal - result.total)
    return True


def _buy_x_get_y(promotion: Promotion, lines: list[Line], result: DiscountResult) -> bool:
    applied = False
    group = promotion.buy_quantity + promotion.get_quantity
    for product_id, quantity, unit_price in _matching_lines(promotion, lines):
        free_units = (quantity // group) * promotion.get_quantity if group else 0
        if free_units:
            result.add_line_discount(product_id, unit_price * free_units)
            applied = True
    return applied


def _free_shipping(promotion: Promotion, lines: list[Line], result: DiscountResult) -> bool:
    result.free_shipping = True
    return True


CALCULATORS: dict[str, Callable[[Promotion, list[Line], DiscountResult], bool]] = {
    DiscountKind.PERCENT.value: _percent,
    DiscountKind.FIXED.value: _fixed,
    DiscountKind.BUY_X_GET_Y.value: _buy_x_get_y,
    DiscountKind.FREE_SHIPPING.value: _free_shipping,
}


def apply_discounts(lines: Iterable[Line], coupon_code: str | None = None,
                    customer_id: int | None = None) -> DiscountResult:
    lines = list(lines)
    subtotal = sum((q * p for _, q, p in lines), Decimal("0"))
    result = DiscountResult()
    with PromotionRepository() as repo:
        candidates = [p for p in repo.running() if p.coupons == [] and p.is_running()]
        if coupon_code:
            coupon = repo.coupon(coupon_code)
            if coupon is None or coupon.used or not coupon.promotion.is_running():
                raise ValidationError("coupon not valid", code=coupon_code)
            if coupon.customer_id and coupon.customer_id != customer_id:
                raise ValidationError("coupon belongs to another customer")
            candidates.append(coupon.promotion)
        applied_exclusive = False
        for promotion in sorted(candidates, key=lambda p: (p.priority, -p.value)):
            if subtotal < promotion.min_order_value:
                continue
            if applied_exclusive and not promotion.stackable:
                continue
            calculator = CALCULATORS.get(promotion.kind)
            if calculator and calculator(promotion, lines, result):
                result.promotion_ids.append(promotion.id)
                applied_exclusive = applied_exclusive or not promotion.stackable
    result.order_level = helpers.round_price(min(result.order_level, subtotal))
    return result


def record_redemptions(promotion_ids: list[int], order_id: int, customer_id: int) -> None:
    with PromotionRepository() as repo:
        repo.record_redemptions(promotion_ids, order_id, customer_id)
    events.publish("promotion.redeemed", {"order_id": order_id, "promotions": promotion_ids})


def create_promotion(name: str, kind: str, value: Decimal, days: int = 30, **options) -> Promotion:
    if kind not in CALCULATORS:
        raise ValidationError(f"unknown kind {kind}", allowed=sorted(CALCULATORS))
    if kind == DiscountKind.PERCENT.value and not Decimal("0") < value <= Decimal("90"):
        raise ValidationError("percent must be in (0, 90]")
    now = datetime.now(timezone.utc)
    with PromotionRepository() as repo:
        promotion = repo.add(Promotion(name=name, kind=kind, value=value, starts_at=now,
                                       ends_at=now + timedelta(days=days), **options))
    logger.info("created promotion %s (%s %s)", promotion.id, kind, value)
    return promotion


def generate_coupons(promotion_id: int, count: int, prefix: str = "") -> list[str]:
    codes = [f"{prefix}{short_code(8)}".upper() for _ in range(count)]
    with PromotionRepository() as repo:
        if repo.get(promotion_id) is None:
            raise NotFound(f"promotion {promotion_id}")
        repo.add_coupons(promotion_id, codes)
    return codes


def expire_finished() -> int:
    with PromotionRepository() as repo:
        return repo.expire_before(datetime.now(timezone.utc))


def preview(lines: list[Line], coupon_code: str | None = None) -> dict:
    result = apply_discounts(lines, coupon_code)
    return {
        "discount": str(result.total),
        "free_shipping": result.free_shipping,
        "promotions": result.promotion_ids,
    }
