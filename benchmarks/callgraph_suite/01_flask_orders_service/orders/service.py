from datetime import datetime

from orders.pricing import compute_total
from orders.validation import validate_items


class OrderService:
    def __init__(self, repository):
        self.repository = repository

    def get_order(self, order_id):
        return self.repository.get(order_id)

    def place_order(self, customer_id, items):
        validate_items(items)
        order = {
            "customer_id": customer_id,
            "items": items,
            "total": compute_total(items),
            "created_at": datetime.utcnow().isoformat(),
        }
        return self.repository.add(order)
