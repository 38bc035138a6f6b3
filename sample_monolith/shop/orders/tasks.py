"""Order background jobs."""

from __future__ import annotations

import io

import boto3
from celery import shared_task

from shop.celery_app import celery
from shop.core.config import settings
from shop.core.logging import get_logger
from . import service
from .schemas import order_to_dict

logger = get_logger(__name__)


@celery.task(name="orders.expire_unpaid")
def expire_unpaid_orders() -> int:
    count = service.OrderService(actor="scheduler").expire_unpaid()
    logger.info("cancelled %d unpaid orders", count)
    return count


@shared_task(bind=True, max_retries=3)
def generate_invoice_pdf(self, order_id: int) -> str:
    """Render the invoice and upload it to S3; returns the object key."""
    from jinja2 import Environment, PackageLoader

    order = service.get_order(order_id)
    env = Environment(loader=PackageLoader("shop", "templates"))
    html = env.get_template("invoice.html").render(order=order_to_dict(order))
    key = f"invoices/{order.placed_at:%Y/%m}/{order.number}.html"
    try:
        boto3.client("s3").upload_fileobj(io.BytesIO(html.encode()), settings.s3_bucket, key)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=60)
    return key


@celery.task(name="orders.cancel")
def cancel_order_task(order_id: int, reason: str) -> None:
    service.cancel_order(order_id, reason)
