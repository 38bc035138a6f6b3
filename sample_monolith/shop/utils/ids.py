"""Human-friendly identifiers (order numbers, SKUs, tracking references)."""

from __future__ import annotations

import secrets
import string
import uuid
from datetime import datetime, timezone

_ALPHABET = string.ascii_uppercase + string.digits
_AMBIGUOUS = set("0O1I")
SAFE_ALPHABET = "".join(c for c in _ALPHABET if c not in _AMBIGUOUS)


def new_uuid() -> str:
    return str(uuid.uuid4())


def short_code(length: int = 8) -> str:
    return "".join(secrets.choice(SAFE_ALPHABET) for _ in range(length))


def order_number(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"SO-{now:%y%m%d}-{short_code(6)}"


def sku(category_code: str, product_id: int, variant: str = "") -> str:
    base = f"{category_code[:3].upper()}-{product_id:06d}"
    return f"{base}-{variant.upper()}" if variant else base


def luhn_checksum(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def tracking_reference(shipment_id: int) -> str:
    body = f"{shipment_id:010d}"
    return f"TRK{body}{luhn_checksum(body)}"
