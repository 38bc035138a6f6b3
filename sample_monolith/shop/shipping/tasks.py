"""Shipping background jobs."""

from __future__ import annotations

from celery import shared_task

from shop.celery_app import celery
from shop.core.errors import Conflict
from shop.core.logging import get_logger
from shop.notifications import service as notifications_service
from . import service

logger = get_logger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def create_shipment_task(self, order_id: int) -> int | None:
    try:
        shipment = service.create_shipment(order_id)
    except Conflict:
        logger.info("shipment for order %s already exists", order_id)
        return None
    except Exception as exc:
        raise self.retry(exc=exc)
    return shipment.id


@celery.task(name="shipping.notify_created")
def notify_shipment_created(shipment_id: int | None) -> None:
    if shipment_id is None:
        return
    notifications_service.send_shipping_update(shipment_id, "label_created")


@celery.task(name="shipping.poll_tracking")
def poll_tracking() -> int:
    """Scheduled every 30 minutes by celery beat."""
    total = 0
    for shipment_id in service.open_shipments():
        poll_one.delay(shipment_id)
        total += 1
    return total


@shared_task(bind=True, max_retries=3)
def poll_one(self, shipment_id: int) -> int:
    try:
        new = service.record_tracking(shipment_id)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=300)
    if new:
        notifications_service.send_shipping_update(shipment_id, "tracking_update")
    return new
