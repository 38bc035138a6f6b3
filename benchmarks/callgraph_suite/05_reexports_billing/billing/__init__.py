from . import tax
from .invoices import Invoice, create_invoice
from .payments import PaymentDeclined, charge as charge_card

__all__ = ["Invoice", "create_invoice", "charge_card", "PaymentDeclined", "tax"]
