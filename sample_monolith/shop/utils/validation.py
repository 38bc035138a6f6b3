"""Input validation shared by routes and services."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from shop.core.errors import ValidationError

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{7,20}$")
POSTCODE_PATTERNS = {
    "DE": re.compile(r"^\d{5}$"),
    "NL": re.compile(r"^\d{4}\s?[A-Z]{2}$"),
    "FR": re.compile(r"^\d{5}$"),
    "GB": re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),
}


def require(data: dict, *fields: str) -> None:
    missing = [f for f in fields if data.get(f) in (None, "")]
    if missing:
        raise ValidationError("missing fields", fields=missing)


def positive_int(value: Any, name: str = "value") -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{name} must be an integer")
    if number <= 0:
        raise ValidationError(f"{name} must be positive")
    return number


def decimal_amount(value: Any, name: str = "amount") -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError):
        raise ValidationError(f"{name} must be a number")
    if amount < 0:
        raise ValidationError(f"{name} must not be negative")
    return amount


def valid_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value or ""))


def valid_phone(value: str) -> bool:
    return bool(PHONE_RE.match(value or ""))


def valid_postcode(country: str, postcode: str) -> bool:
    pattern = POSTCODE_PATTERNS.get(country.upper())
    return True if pattern is None else bool(pattern.match(postcode.upper()))


class Validator:
    """Collects rule failures for a payload and raises them together."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.errors: dict[str, str] = {}

    def rule(self, field: str, check: Callable[[Any], bool], message: str) -> "Validator":
        if field not in self.errors and not check(self.data.get(field)):
            self.errors[field] = message
        return self

    def validate(self) -> dict:
        if self.errors:
            raise ValidationError("invalid payload", errors=self.errors)
        return self.data
