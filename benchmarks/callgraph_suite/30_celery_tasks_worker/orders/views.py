from celery import chain

from worker.tasks import cleanup_exports, generate_invoice, send_email


def complete_order(order):
    order["status"] = "complete"
    generate_invoice.apply_async(args=[order["id"]], countdown=10)
    return order


def welcome(user):
    signature = send_email.s(user["email"], "Welcome!", "Thanks for joining.")
    chain(signature, cleanup_exports.s(days=1)).delay()


def regenerate_invoice_now(order_id):
    return generate_invoice(order_id)
