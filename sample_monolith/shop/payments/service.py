"""Payment service.

Note the deliberate coupling with the orders domain: ``charge`` calls back
into ``shop.orders.service.mark_paid`` (imported lazily to dodge the import
cycle), and ``handle_webhook`` / ``reconcile_pending`` update the ``orders``
table directly instead of going through the orders service.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from shop.core import events
from shop.core.db import TransactionScope, get_session
from shop.core.errors import NotFound, PaymentDeclined, ValidationError
from shop.core.logging import get_logger
from shop.core.money import Money
from shop.notifications.tasks import send_email_task
from shop.orders.models import Order
from shop.utils.dates import utcnow
from .gateways import PaymentGateway, get_gateway
from .models import Payment, Refund
from .repository import PaymentRepository

logger = get_logger(__name__)

_gateway_cache: dict[str, PaymentGateway] = {}


def _gateway(name: str) -> PaymentGateway:
    if name not in _gateway_cache:
        _gateway_cache[name] = get_gateway(name)
    return _gateway_cache[name]


def charge(order_id: int, amount: Money, method: str, token: str | None) -> Payment:
    """Charge ``amount`` for ``order_id`` and tell the orders domain on success."""
    if amount.amount <= 0:
        raise ValidationError("amount must be positive")
    if method != "invoice" and not token:
        raise ValidationError("payment token required")
    session = get_session()
    repo = PaymentRepository(session)
    gateway = _gateway(method)
    payment = repo.add(Payment(order_id=order_id, provider=method, amount=amount.amount,
                               currency=amount.currency, status="pending"))
    result = gateway.charge(amount, token or str(order_id), f"Order {order_id}")
    with TransactionScope(session):
        payment.raw_response = result.raw
        payment.provider_reference = result.reference
        if result.success:
            payment.status = "captured"
            payment.captured_at = utcnow()
        else:
            payment.status = "failed"
            payment.failure_reason = result.failure_reason
    if not result.success:
        events.publish("payment.failed", {"order_id": order_id, "reason": result.failure_reason})
        send_email_task.delay("payment_failed", order_id=order_id, reason=result.failure_reason)
        raise PaymentDeclined(result.failure_reason or "declined", order_id=order_id)

    from shop.orders.service import mark_paid  # lazy: orders.service imports this module

    mark_paid(order_id, payment.id)
    events.publish("payment.captured", {"order_id": order_id, "payment_id": payment.id})
    return payment


def refund(payment_id: int, amount: Money, reason: str = "") -> Refund:
    session = get_session()
    repo = PaymentRepository(session)
    payment = repo.get_or_404(payment_id)
    if amount.amount > payment.refundable:
        raise ValidationError("refund exceeds captured amount", refundable=str(payment.refundable))
    gateway = _gateway(payment.provider)
    if amount.amount < Decimal(payment.amount) and not gateway.supports_partial_refund:
        raise ValidationError(f"{payment.provider} does not support partial refunds")
    result = gateway.refund(payment.provider_reference, amount)
    refund_row = repo.add_refund(Refund(payment_id=payment.id, amount=amount.amount, reason=reason,
                                        status="succeeded" if result.success else "failed",
                                        provider_reference=result.reference))
    repo.commit()
    if result.success:
        events.publish("payment.refunded", {"order_id": payment.order_id, "amount": str(amount.amount)})
        send_email_task.apply_async(args=["refund_issued"], kwargs={"order_id": payment.order_id}, countdown=10)
    return refund_row


def handle_webhook(provider: str, payload: bytes, signature: str) -> str:
    """Process an asynchronous provider notification (e.g. delayed capture)."""
    gateway = _gateway(provider)
    event = gateway.verify_webhook(payload, signature)
    session = get_session()
    repo = PaymentRepository(session)
    if repo.webhook_seen(provider, event["id"]):
        return "duplicate"
    repo.store_webhook(provider, event)
    reference = event["data"]["object"]["id"]
    payment = repo.by_reference(reference)
    if payment is None:
        raise NotFound(f"no payment for {reference}")
    if event["type"] == "payment_intent.succeeded" and payment.status != "captured":
        payment.status = "captured"
        payment.captured_at = utcnow()
        # Shared write: flip the order row directly (faster than the orders service,
        # and the webhook must not fail on order state-machine checks).
        session.query(Order).filter(Order.id == payment.order_id).update(
            {"status": "paid", "paid_at": payment.captured_at, "payment_id": payment.id},
            synchronize_session=False,
        )
    elif event["type"] == "payment_intent.payment_failed":
        payment.status = "failed"
    session.commit()
    return "processed"


def reconcile_pending(max_age_minutes: int = 30) -> int:
    """Re-check payments stuck in 'pending' with the provider."""
    session = get_session()
    repo = PaymentRepository(session)
    fixed = 0
    for payment in repo.pending_older_than(utcnow() - timedelta(minutes=max_age_minutes)):
        if payment.provider_reference is None:
            payment.status = "failed"
            continue
        payment.status = "captured"
        session.query(Order).filter(Order.id == payment.order_id, Order.status == "awaiting_payment").update(
            {"status": "paid"}
        )
        fixed += 1
    session.commit()
    return fixed


def payments_for_order(order_id: int) -> list[dict]:
    return [
        {"id": p.id, "provider": p.provider, "amount": str(p.amount), "status": p.status,
         "refunded": str(p.refunded_amount)}
        for p in PaymentRepository().for_order(order_id)
    ]
