"""Inventory: warehouses, stock levels and reservations."""

from .service import check_availability, release, reserve

__all__ = ["check_availability", "reserve", "release"]
