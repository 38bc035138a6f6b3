"""Notification dispatch.

Other domains call the ``send_*`` functions (fire-and-forget) or enqueue
the Celery tasks in :mod:`shop.notifications.tasks`.
"""

from __future__ import annotations

import threading
from typing import Callable

from shop.core import events
from shop.core.db import raw_connection
from shop.core.logging import get_logger
from shop.customers import service as customers_service
from shop.utils.dates import utcnow
from .notifiers import BaseNotifier, make_notifier
from .templates import render

logger = get_logger(__name__)

STAFF_EMAIL = "ops@example.com"
_LOG_BUFFER: list[tuple] = []
_LOG_LOCK = threading.Lock()
LOG_FLUSH_SIZE = 50

_notifiers: dict[str, BaseNotifier] = {}


def _notifier(channel: str) -> BaseNotifier:
    if channel not in _notifiers:
        _notifiers[channel] = make_notifier(channel)
    return _notifiers[channel]


def send_email(recipient: str, subject: str, body: str) -> bool:
    return _notifier("email").send(recipient, subject, body)


def send_sms(recipient: str, subject: str, body: str) -> bool:
    return _notifier("sms").send(recipient, subject, body)


def send_push(recipient: str, subject: str, body: str) -> bool:
    return _notifier("push").send(recipient, subject, body)


def send_slack(recipient: str, subject: str, body: str) -> bool:
    return _notifier("slack").send(recipient, subject, body)


HANDLERS: dict[str, Callable[[str, str, str], bool]] = {
    "email": send_email,
    "sms": send_sms,
    "push": send_push,
    "slack": send_slack,
}


def notify(channel: str, recipient: str, template: str, **context) -> bool:
    """Render ``template`` and deliver it through ``channel``."""
    handler = HANDLERS.get(channel)
    if handler is None:
        raise ValueError(f"unknown channel {channel}")
    subject, body = render(template, **context)
    try:
        ok = handler(recipient, subject, body)
        error = None
    except Exception as exc:
        ok, error = False, str(exc)
        logger.exception("delivery failed: %s/%s", channel, template)
    _log(channel, recipient, template, subject, "sent" if ok else "failed", error)
    return ok


def notify_customer(customer_id: int, template: str, **context) -> None:
    email, phone = customers_service.get_contact(customer_id)
    context.setdefault("customer", customers_service.get_customer_snapshot(customer_id))
    notify("email", email, template, **context)
    if phone:
        notify("sms", phone, template, **context)


def _log(channel: str, recipient: str, template: str, subject: str, status: str, error: str | None) -> None:
    with _LOG_LOCK:
        _LOG_BUFFER.append((channel, recipient, template, subject, status, error, utcnow()))
        should_flush = len(_LOG_BUFFER) >= LOG_FLUSH_SIZE
    if should_flush:
        flush_log()


def flush_log() -> int:
    """Write buffered log rows in one round-trip."""
    with _LOG_LOCK:
        rows = list(_LOG_BUFFER)
        _LOG_BUFFER.clear()
    if not rows:
        return 0
    conn = raw_connection()
    try:
        cursor = conn.cursor()
        cursor.executemany(
            "INSERT INTO notification_log (channel, recipient, template, subject, status, error, sent_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            rows,
        )
        conn.commit()
    finally:
        conn.close()
    return len(rows)


# -- domain-specific entry points (called from other domains) --------------

def send_order_confirmation(order_id: int) -> None:
    from shop.orders.service import get_order
    from shop.orders.schemas import order_to_dict

    order = get_order(order_id)
    notify_customer(order.customer_id, "order_confirmation", order=order_to_dict(order))


def send_order_cancelled(order_id: int, reason: str) -> None:
    from shop.orders.service import get_order

    order = get_order(order_id)
    notify_customer(order.customer_id, "order_cancelled", order={"number": order.number}, reason=reason)


def send_shipping_update(shipment_id: int, kind: str) -> None:
    from shop.shipping.service import shipment_summary
    from shop.orders.service import get_order

    summary = shipment_summary(shipment_id)
    order = get_order(summary["order_id"])
    notify_customer(order.customer_id, "shipping_update", kind=kind, **summary)


def send_low_stock_alert(product_id: int, quantity: int) -> None:
    notify("email", STAFF_EMAIL, "low_stock", product_id=product_id, quantity=quantity)


def send_templated(template: str, order_id: int | None = None, customer_id: int | None = None, **context) -> None:
    if customer_id is None and order_id is not None:
        from shop.orders.service import get_order

        customer_id = get_order(order_id).customer_id
    if customer_id is None:
        raise ValueError("need a customer or an order")
    notify_customer(customer_id, template, order_id=order_id, **context)


def _welcome(payload: dict) -> None:
    notify("email", payload["email"], "welcome", name=payload["email"].split("@")[0])


events.subscribe("customer.registered", _welcome)
