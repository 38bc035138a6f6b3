import os

from payments.card import AmexProcessor, CardProcessor
from payments.paypal import InvoiceProcessor, PayPalProcessor

PROCESSORS = {
    "card": CardProcessor(os.getenv("CARD_KEY"), os.getenv("MERCHANT_ID")),
    "amex": AmexProcessor(os.getenv("CARD_KEY"), os.getenv("MERCHANT_ID")),
    "paypal": PayPalProcessor(os.getenv("PAYPAL_KEY")),
    "invoice": InvoiceProcessor(None),
}


def pay(method, amount, source):
    processor = PROCESSORS[method]
    return processor.charge(amount, source)
