"""One valid item per table of the service, with every field set; `seed` makes its key unique."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any


def order(seed: int = 1) -> dict[str, Any]:
    """`shop.orders.models.Order`."""
    return {
        "id": seed,
        "created_at": datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        "customer_id": 102,
        "note": "note",
        "status": "status",
        "total": Decimal("12.50"),
    }


def order_line(seed: int = 1) -> dict[str, Any]:
    """`shop.orders.models.OrderLine`."""
    return {
        "id": seed,
        "order_id": 101,
        "quantity": 102,
        "sku": "sku",
    }
