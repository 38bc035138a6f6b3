"""Money value object. Never do arithmetic on raw floats for prices."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

CENT = Decimal("0.01")


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(str(self.amount)))
        object.__setattr__(self, "amount", self.amount.quantize(CENT, rounding=ROUND_HALF_UP))

    @classmethod
    def zero(cls, currency: str = "EUR") -> "Money":
        return cls(Decimal("0"), currency)

    @classmethod
    def from_cents(cls, cents: int, currency: str = "EUR") -> "Money":
        return cls(Decimal(cents) / 100, currency)

    @staticmethod
    def sum(values: Iterable["Money"], currency: str = "EUR") -> "Money":
        total = Money.zero(currency)
        for value in values:
            total = total + value
        return total

    @property
    def cents(self) -> int:
        return int(self.amount * 100)

    @property
    def is_zero(self) -> bool:
        return self.amount == 0

    def _check(self, other: "Money") -> None:
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")

    def __add__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor) -> "Money":
        return Money(self.amount * Decimal(str(factor)), self.currency)

    __rmul__ = __mul__

    def allocate(self, ratios: list[int]) -> list["Money"]:
        """Split the amount by ratios without losing cents."""
        total = sum(ratios)
        cents = self.cents
        parts = [cents * r // total for r in ratios]
        remainder = cents - sum(parts)
        for i in range(remainder):
            parts[i] += 1
        return [Money.from_cents(p, self.currency) for p in parts]

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency}"
