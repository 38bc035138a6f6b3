import os

from celery import Celery

app = Celery("shop", broker=os.getenv("BROKER_URL", "redis://localhost:6379/1"))
app.conf.task_default_queue = "default"
