from . import handlers  # noqa: F401  (registers listeners)
from .bus import bus


def create_order(order_id, email):
    bus.publish("order.created", order_id=order_id, email=email)


def cancel_order(order_id):
    bus.publish("order.cancelled", order_id=order_id)
