import datetime


class InvoiceRepo:
    def __init__(self):
        self._rows = {}

    def get(self, invoice_id):
        return self._rows[invoice_id]

    def mark(self, invoice_id, **fields):
        self._rows[invoice_id].update(fields)

    def overdue(self, today=None):
        today = today or datetime.date.today()
        return [row for row in self._rows.values() if row["due"] < today and not row.get("paid")]
