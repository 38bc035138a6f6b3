"""Payment persistence."""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import select

from shop.core.repository import BaseRepository
from .models import Payment, Refund, WebhookEvent


class PaymentRepository(BaseRepository[Payment]):
    model = Payment

    def by_reference(self, reference: str) -> Payment | None:
        return self.session.execute(
            select(Payment).where(Payment.provider_reference == reference)
        ).scalar_one_or_none()

    def for_order(self, order_id: int) -> Sequence[Payment]:
        return self.session.query(Payment).filter(Payment.order_id == order_id).order_by(Payment.id).all()

    def pending_older_than(self, cutoff) -> Sequence[Payment]:
        return self.session.execute(
            select(Payment).where(Payment.status == "pending", Payment.created_at < cutoff)
        ).scalars().all()

    def add_refund(self, refund: Refund) -> Refund:
        self.session.add(refund)
        self.session.flush()
        return refund

    def webhook_seen(self, provider: str, event_id: str) -> bool:
        return self.session.query(WebhookEvent).filter_by(provider=provider, event_id=event_id).count() > 0

    def store_webhook(self, provider: str, event: dict) -> WebhookEvent:
        row = WebhookEvent(provider=provider, event_id=event["id"], event_type=event["type"], payload=event)
        self.session.add(row)
        return row
