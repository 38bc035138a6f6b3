from . import receivers  # noqa: F401  (connects the receivers)
from .dispatch import order_placed, payment_failed


class CheckoutService:
    def place(self, order_id, email, lines):
        results = order_placed.send(self, order_id=order_id, email=email, lines=lines)
        return all(ok for _, ok in results)

    def fail(self, order_id, reason):
        for receiver, outcome in payment_failed.send_robust(self, order_id=order_id, reason=reason):
            if isinstance(outcome, Exception):
                return False
        return True
