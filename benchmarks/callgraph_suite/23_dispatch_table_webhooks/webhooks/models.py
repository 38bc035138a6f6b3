import datetime


class Subscription:
    _store = {}

    def __init__(self, customer_id, status="active", expires=None):
        self.customer_id = customer_id
        self.status = status
        self.expires = expires or datetime.date.today()

    @classmethod
    def load(cls, customer_id):
        return cls._store.get(customer_id) or cls(customer_id)

    def save(self):
        Subscription._store[self.customer_id] = self

    def extend(self, days):
        self.expires += datetime.timedelta(days=days)
        self.save()

    def mark_past_due(self):
        self.status = "past_due"
        self.save()

    def cancel(self):
        self.status = "cancelled"
        self.save()
