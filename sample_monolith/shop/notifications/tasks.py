"""Asynchronous notification delivery (Celery)."""

from __future__ import annotations

from celery import shared_task

from shop.celery_app import celery
from shop.core.logging import get_logger
from . import service

logger = get_logger(__name__)


@celery.task(name="notifications.send_email", ignore_result=True)
def send_email_task(template: str, **context) -> None:
    service.send_templated(template, **context)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def send_low_stock_alert(self, product_id: int, quantity: int) -> None:
    try:
        service.send_low_stock_alert(product_id, quantity)
    except Exception as exc:
        raise self.retry(exc=exc)


@shared_task(bind=True, max_retries=3)
def send_review_approved(self, customer_id: int, title: str) -> None:
    try:
        service.notify_customer(customer_id, "review_approved", title=title)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=30)


@celery.task(name="notifications.flush_log")
def flush_log_task() -> int:
    return service.flush_log()


@celery.task(name="notifications.broadcast")
def broadcast(template: str, customer_ids: list[int], **context) -> int:
    sent = 0
    for customer_id in customer_ids:
        send_email_task.apply_async(args=[template], kwargs={"customer_id": customer_id, **context},
                                    countdown=sent % 60)
        sent += 1
    return sent
