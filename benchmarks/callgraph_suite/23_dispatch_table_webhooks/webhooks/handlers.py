from .models import Subscription


def on_invoice_paid(event):
    sub = Subscription.load(event["customer"])
    sub.extend(days=30)
    return "extended"


def on_invoice_failed(event):
    sub = Subscription.load(event["customer"])
    sub.mark_past_due()
    return "past_due"


def on_customer_deleted(event):
    Subscription.load(event["id"]).cancel()
    return "cancelled"


def unknown_event(event):
    return "ignored"


HANDLERS = {
    "invoice.paid": on_invoice_paid,
    "invoice.payment_failed": on_invoice_failed,
    "customer.deleted": on_customer_deleted,
}
