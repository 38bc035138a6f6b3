"""Shopping cart."""

from .service import add_item, clear_cart, get_cart, get_or_create_cart

__all__ = ["add_item", "clear_cart", "get_cart", "get_or_create_cart"]
