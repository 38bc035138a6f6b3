from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class Money:
    default_currency = "EUR"

    def __init__(self, amount, currency=None):
        self.amount = self._quantize(amount)
        self.currency = currency or self.default_currency

    @staticmethod
    def _quantize(value):
        return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)

    @staticmethod
    def _split(text):
        code, _, number = text.strip().partition(" ")
        return code.upper(), number

    @classmethod
    def from_cents(cls, cents, currency=None):
        return cls(Decimal(cents) / 100, currency)

    @classmethod
    def parse(cls, text):
        code, number = cls._split(text)
        return cls(number, code)

    @classmethod
    def zero(cls):
        return cls.from_cents(0)

    def allocate(self, ratios):
        total = sum(ratios)
        cents = int(self.amount * 100)
        shares = [cents * ratio // total for ratio in ratios]
        shares[0] += cents - sum(shares)
        return [self.from_cents(share, self.currency) for share in shares]

    def to_dict(self):
        return {"amount": str(self.amount), "currency": self.currency}
