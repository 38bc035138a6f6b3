import json
import os


class OrderRepository:
    def __init__(self, path=None):
        self.path = path or os.getenv("ORDERS_DB", "orders.json")
        self._orders = {}
        self._load()

    def _load(self):
        if os.path.exists(self.path):
            with open(self.path) as fh:
                self._orders = {int(k): v for k, v in json.load(fh).items()}

    def _flush(self):
        with open(self.path, "w") as fh:
            json.dump(self._orders, fh)

    def get(self, order_id):
        return self._orders.get(order_id)

    def add(self, order):
        order_id = max(self._orders, default=0) + 1
        order["id"] = order_id
        self._orders[order_id] = order
        self._flush()
        return order
