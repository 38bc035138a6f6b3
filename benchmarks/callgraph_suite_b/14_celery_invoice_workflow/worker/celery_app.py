import os

from celery import Celery

app = Celery("billing", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
app.conf.task_default_queue = "billing"
app.conf.beat_schedule = {
    "nightly-dunning": {"task": "worker.tasks.run_dunning", "schedule": 86400.0},
}
