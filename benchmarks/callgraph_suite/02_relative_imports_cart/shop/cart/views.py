from . import models
from .models import Cart
from ..utils import money
from ..utils.money import format_price as fmt


def add_to_cart(session, sku, qty):
    cart = models.load_cart(session)
    cart.add(sku, qty)
    models.save_cart(session, cart)
    return summary(cart)


def summary(cart):
    total = cart.total()
    return {
        "items": len(cart.lines),
        "total": fmt(total),
        "total_cents": money.to_cents(total),
    }


def empty_cart(session):
    cart = Cart()
    models.save_cart(session, cart)
