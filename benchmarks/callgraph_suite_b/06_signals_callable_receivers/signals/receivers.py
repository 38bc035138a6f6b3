from django.db.models.signals import post_save

from .dispatch import order_placed, payment_failed
from .mail import Mailer
from .warehouse import Warehouse


class Throttle:
    def __init__(self, limit):
        self.limit = limit
        self.seen = {}

    def __call__(self, sender, **payload):
        count = self.seen.get(sender, 0) + 1
        self.seen[sender] = count
        return count <= self.limit


class InventoryReceiver:
    def __init__(self, warehouse):
        self.warehouse = warehouse

    def reserve(self, sender, order_id, lines, **_):
        for sku, qty in lines:
            self.warehouse.hold(sku, qty, ref=order_id)
        return len(lines)


mailer = Mailer()
inventory = InventoryReceiver(Warehouse())


@order_placed.connect
def send_receipt(sender, order_id, email, **_):
    return mailer.send(email, "receipt", order_id=order_id)


def notify_finance(sender, order_id, reason, **_):
    return mailer.send("finance@example.com", "payment-failed", order_id=order_id, reason=reason)


def audit_model_change(sender, instance, created, **kwargs):
    mailer.send("audit@example.com", "model-change", model=sender.__name__)


order_placed.connect(inventory.reserve)
payment_failed.connect(notify_finance)
payment_failed.connect(Throttle(limit=3))
post_save.connect(audit_model_change)
