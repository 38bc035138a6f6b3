"""Shipping: rates, shipments and carrier tracking."""

from .service import quote

__all__ = ["quote"]
