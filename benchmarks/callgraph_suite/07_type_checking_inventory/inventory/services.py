from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Product
    from .repo import StockRepo


class OutOfStock(Exception):
    pass


def reserve(repo: StockRepo, product: Product, qty: int) -> int:
    level = repo.get(product.sku)
    if level.available() < qty:
        raise OutOfStock(product.describe())
    level.reserved += qty
    repo.save(level)
    return level.available()


def audit(product: Product) -> str:
    return "AUDIT " + product.describe()
