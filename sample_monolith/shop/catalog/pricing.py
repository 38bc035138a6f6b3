"""List-price calculation, including volume tiers and variant deltas.

This is the function the cart and orders domains use to price lines.
"""

from __future__ import annotations

from decimal import Decimal

from ..core.cache import cached
from ..core.errors import NotFound
from ..core.logging import get_logger
from ..core.money import Money
from .repository import ProductRepository

logger = get_logger(__name__)


@cached(ttl=120)
def price_for(product_id: int, quantity: int = 1, customer_group: str | None = None,
              variant_code: str | None = None) -> Money:
    """Unit price for ``product_id`` at the given quantity."""
    repo = ProductRepository()
    product = repo.get(product_id)
    if product is None or not product.is_active:
        raise NotFound(f"product {product_id} not for sale")
    unit = Decimal(product.list_price)
    for tier in repo.tiers_for(product_id, customer_group):
        if quantity >= tier.min_quantity:
            unit = min(unit, Decimal(tier.unit_price))
    if variant_code:
        variant = next((v for v in product.variants if v.code == variant_code), None)
        if variant is not None:
            unit += Decimal(variant.price_delta)
    return Money(unit, product.currency)


def line_total(product_id: int, quantity: int, customer_group: str | None = None) -> Money:
    return price_for(product_id, quantity, customer_group) * quantity


def bulk_prices(product_ids: list[int]) -> dict[int, Money]:
    prices: dict[int, Money] = {}
    for pid in product_ids:
        try:
            prices[pid] = price_for(pid)
        except NotFound:
            logger.info("skipping inactive product %s", pid)
    return prices
