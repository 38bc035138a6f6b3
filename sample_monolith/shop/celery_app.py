"""Celery application shared by every domain's ``tasks`` module."""

from __future__ import annotations

from celery import Celery
from celery.schedules import crontab

from shop.core.config import settings

celery = Celery("shop")

celery.conf.update(
    broker_url=settings.broker_url,
    result_backend=settings.redis_url,
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    timezone="UTC",
    enable_utc=True,
    task_acks_late=True,
    worker_prefetch_multiplier=4,
    task_default_queue="default",
    task_routes={
        "notifications.*": {"queue": "notifications"},
        "shipping.*": {"queue": "shipping"},
        "inventory.*": {"queue": "inventory"},
    },
)

celery.conf.beat_schedule = {
    "expire-reservations": {"task": "inventory.expire_reservations", "schedule": 300.0},
    "expire-unpaid-orders": {"task": "orders.expire_unpaid", "schedule": crontab(minute="*/15")},
    "poll-tracking": {"task": "shipping.poll_tracking", "schedule": crontab(minute="*/30")},
    "flush-notification-log": {"task": "notifications.flush_log", "schedule": 60.0},
}

TASK_MODULES = [
    "shop.inventory.tasks",
    "shop.orders.tasks",
    "shop.shipping.tasks",
    "shop.notifications.tasks",
]

celery.autodiscover_tasks(lambda: [m.rsplit(".", 1)[0] for m in TASK_MODULES])


@celery.task(bind=True, name="shop.debug")
def debug_task(self) -> str:
    return f"request: {self.request!r}"
