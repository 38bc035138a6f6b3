import itertools


class InMemoryRepository:
    def __init__(self, name):
        self.name = name
        self._rows = {}
        self._ids = itertools.count(1)

    def all(self):
        return list(self._rows.values())

    def add(self, row):
        row_id = next(self._ids)
        self._rows[row_id] = dict(row, id=row_id)
        return self._rows[row_id]


products_repo = InMemoryRepository("products")
orders_repo = InMemoryRepository("orders")
