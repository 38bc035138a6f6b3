"""One valid item per table of the service, with every field set; `seed` makes its key unique."""

from __future__ import annotations

from typing import Any


def invoice(seed: int = 1) -> dict[str, Any]:
    """`shop.billing.models.Invoice`."""
    return {
        "id": seed,
        "number": "number",
        "order_id": 102,
    }
