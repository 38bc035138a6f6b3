"""Catalog: products, categories, tags and list prices."""

from .pricing import price_for
from .service import get_product, product_exists

__all__ = ["price_for", "get_product", "product_exists"]
