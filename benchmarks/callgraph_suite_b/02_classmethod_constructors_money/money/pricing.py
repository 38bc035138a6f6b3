from .core import Money


class Price(Money):
    def __init__(self, amount, currency=None, *, unit="item"):
        super().__init__(amount, currency)
        self.unit = unit

    def per_unit_label(self):
        return f"{self.amount} {self.currency}/{self.unit}"


class TaxedPrice(Price):
    vat_rate = 20

    @classmethod
    def gross(cls, net_cents, currency=None):
        price = cls.from_cents(net_cents, currency)
        price.amount = Money._quantize(price.amount * (100 + cls.vat_rate) / 100)
        return price

    def tax_part(self):
        return self._quantize(self.amount * self.vat_rate / (100 + self.vat_rate))
