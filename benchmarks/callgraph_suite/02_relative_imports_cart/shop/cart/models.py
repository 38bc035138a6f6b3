import json

from ..catalog import get_price
from ..utils.money import quantize


class Cart:
    def __init__(self, lines=None):
        self.lines = dict(lines or {})

    def add(self, sku, qty):
        self.lines[sku] = self.lines.get(sku, 0) + qty

    def total(self):
        return quantize(sum(get_price(sku) * qty for sku, qty in self.lines.items()))


def load_cart(session):
    raw = session.get("cart")
    if raw:
        return Cart(json.loads(raw))
    return Cart()


def save_cart(session, cart):
    session["cart"] = json.dumps(cart.lines)
