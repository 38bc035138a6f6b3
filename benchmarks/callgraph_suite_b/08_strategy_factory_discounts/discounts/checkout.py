from decimal import Decimal

from .factory import factory


def _subtotal(lines):
    return sum(Decimal(str(qty)) * Decimal(price) for qty, price in lines)


def price_cart(lines, customer, discount_spec=None):
    strategy = factory.create(discount_spec)
    return strategy.apply(_subtotal(lines), customer)


def best_offer(lines, customer, specs):
    subtotal = _subtotal(lines)
    offers = {}
    for spec in specs:
        strategy = factory.create(spec)
        offers[strategy.code] = strategy.apply(subtotal, customer)
    code = min(offers, key=offers.get)
    return code, offers[code]
