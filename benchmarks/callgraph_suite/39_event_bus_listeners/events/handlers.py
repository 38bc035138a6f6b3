from .bus import bus
from .mailer import Mailer

mailer = Mailer()


@bus.on("order.created")
def send_confirmation(order_id, email):
    mailer.send(email, f"Order {order_id} confirmed")


@bus.on("order.created")
@bus.on("order.cancelled")
def update_stock(order_id, **_):
    print(f"recount stock for order {order_id}")


class AuditLog:
    def __init__(self):
        self.entries = []

    def record(self, event, payload):
        self.entries.append((event, payload))


audit = AuditLog()
bus.on_any(audit.record)
bus.add_listener(
    "order.cancelled",
    lambda order_id, **_: mailer.send("ops@example.com", f"order {order_id} cancelled"),
)
