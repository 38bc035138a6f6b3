"""Message templates rendered with Jinja2."""

from __future__ import annotations

from jinja2 import DictLoader, Environment, StrictUndefined, select_autoescape

from shop import helpers

TEMPLATES = {
    "order_confirmation.subject": "Your order {{ order.number }} is confirmed",
    "order_confirmation.body": (
        "Hi {{ customer.name }},\n\nthanks for your order {{ order.number }}.\n"
        "{% for line in order.lines %}- {{ line.quantity }} x {{ line.name }}\n{% endfor %}"
        "Total: {{ order.total }}\n"
    ),
    "order_cancelled.subject": "Order {{ order.number }} cancelled",
    "order_cancelled.body": "Your order {{ order.number }} was cancelled ({{ reason }}).",
    "payment_failed.subject": "Payment problem with order #{{ order_id }}",
    "payment_failed.body": "We could not charge your payment method: {{ reason }}.",
    "refund_issued.subject": "Refund for order #{{ order_id }}",
    "refund_issued.body": "A refund has been issued and will show up within 5-10 business days.",
    "shipping_update.subject": "Your parcel is on its way",
    "shipping_update.body": "Tracking number {{ tracking }} with {{ carrier | upper }}: {{ status }}.",
    "low_stock.subject": "Low stock: product {{ product_id }}",
    "low_stock.body": "Only {{ quantity }} sellable units left of product {{ product_id }}.",
    "review_approved.subject": "Your review is live",
    "review_approved.body": "Thanks! Your review \"{{ title }}\" has been published.",
    "welcome.subject": "Welcome to the shop",
    "welcome.body": "Hello {{ name }}, your account is ready.",
}

env = Environment(loader=DictLoader(TEMPLATES), undefined=StrictUndefined,
                  autoescape=select_autoescape(enabled_extensions=("html",)))
env.filters["price"] = helpers.format_price
env.filters["date"] = helpers.format_datetime

AVAILABLE = sorted({name.rsplit(".", 1)[0] for name in TEMPLATES})


def render(template: str, **context) -> tuple[str, str]:
    subject = env.get_template(f"{template}.subject").render(**context)
    body = env.get_template(f"{template}.body").render(**context)
    return subject.strip(), body
