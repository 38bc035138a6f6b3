"""Celery application shared by all Libris background jobs."""
import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "libris.settings")

app = Celery("libris", broker=os.environ.get("LIBRIS_BROKER", "redis://localhost:6379/1"))
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.beat_schedule = {
    "due-reminders": {
        "task": "libris.circulation.tasks.send_due_reminders",
        "schedule": crontab(hour=7, minute=30),
    },
    "expire-holds": {"task": "circulation.expire_holds", "schedule": crontab(hour=2, minute=0)},
    "daily-stats": {
        "task": "libris.analytics.warehouse.refresh_daily_stats",
        "schedule": crontab(hour=3, minute=15),
    },
}
app.autodiscover_tasks(["libris.circulation", "libris.analytics"])
