import uuid

from .tax import add_vat


class Invoice:
    def __init__(self, customer, lines, country):
        self.id = uuid.uuid4().hex
        self.customer = customer
        self.lines = lines
        self.country = country

    def net(self):
        return sum(qty * price for _, qty, price in self.lines)

    def gross(self):
        return add_vat(self.net(), self.country)


def create_invoice(customer, cart, country="DE"):
    lines = [(sku, qty, price) for sku, (qty, price) in cart.items()]
    return Invoice(customer, lines, country)
