"""Inventory background jobs."""

from __future__ import annotations

from celery import shared_task

from shop.celery_app import celery
from shop.core.logging import get_logger
from shop.core.retry import retry
from . import service

logger = get_logger(__name__)


@celery.task(name="inventory.expire_reservations")
def expire_reservations() -> int:
    count = service.expire_stale_reservations()
    logger.info("expired %d stale reservations", count)
    return count


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def release_reservations_task(self, order_id: int, reason: str = "released") -> int:
    try:
        return service.release(order_id=order_id, reason=reason)
    except Exception as exc:  # database hiccup: try again later
        raise self.retry(exc=exc)


@shared_task(bind=True, max_retries=3)
def commit_reservations_task(self, order_id: int) -> None:
    try:
        service.commit_for_order(order_id)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=2 ** self.request.retries * 10)


@celery.task(name="inventory.sync_supplier_feed")
@retry(times=5)
def sync_supplier_feed(feed_url: str) -> int:
    import requests

    response = requests.get(feed_url, timeout=30)
    response.raise_for_status()
    updated = 0
    for row in response.json().get("items", []):
        if row.get("delta"):
            service.adjust_stock(int(row["product_id"]), int(row["delta"]), "supplier_feed", row.get("warehouse"))
            updated += 1
    return updated
