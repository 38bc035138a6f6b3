import itertools


class InvoiceTable:
    def __init__(self):
        self._rows = {}
        self._seq = itertools.count(1000)

    def insert(self, **row):
        row["id"] = next(self._seq)
        self._rows[row["id"]] = row
        return row["id"]

    def update(self, invoice_id, **changes):
        self._rows[invoice_id].update(changes)

    def find(self, invoice_id):
        return self._rows[invoice_id]

    def all(self):
        return list(self._rows.values())


invoices = InvoiceTable()
