from core.decorators import audited, require_role

from .store import invoices


class InvoiceService:
    @require_role("billing", "admin")
    def issue(self, customer_id, lines):
        total = sum(qty * price for qty, price in lines)
        return invoices.insert(customer_id=customer_id, total=total, status="open")

    @audited("invoice.void")
    @require_role("admin")
    def void(self, invoice_id):
        invoices.update(invoice_id, status="void")
        return self.summary(invoice_id)

    def summary(self, invoice_id):
        row = invoices.find(invoice_id)
        return {"id": row["id"], "status": row["status"], "total": row["total"]}


service = InvoiceService()
