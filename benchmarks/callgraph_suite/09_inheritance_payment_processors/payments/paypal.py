import paypalrestsdk

from .base import BaseProcessor


class PayPalProcessor(BaseProcessor):
    currency = "USD"

    def fee(self, amount):
        return round(amount * 0.034, 2)

    def submit(self, total, source):
        payment = paypalrestsdk.Payment(
            {"intent": "sale", "transactions": [{"amount": {"total": str(total)}}]}
        )
        if not payment.create():
            raise RuntimeError(payment.error)
        return payment.id


class InvoiceProcessor(BaseProcessor):
    def charge(self, amount, source):
        self.validate(amount)
        return self.submit(amount, source)

    def submit(self, total, source):
        return {"invoice_to": source, "amount": total}
