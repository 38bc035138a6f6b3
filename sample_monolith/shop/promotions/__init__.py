"""Promotions: coupons, automatic discounts and redemptions."""

from .service import DiscountResult, apply_discounts

__all__ = ["DiscountResult", "apply_discounts"]
