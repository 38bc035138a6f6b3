import json
import logging
import os
import pathlib

from .s3_archive import upload_events
from .slack import SlackClient, post_webhook

logger = logging.getLogger(__name__)
STATE_FILE = pathlib.Path(os.getenv("STATE_DIR", "/var/lib/notify"), "state.json")


def load_state():
    if STATE_FILE.exists():
        return json.loads(STATE_FILE.read_text())
    return {"sent": 0}


def notify_deploy(service, version, webhook_url=None):
    text = f":rocket: {service} {version} deployed"
    if webhook_url:
        post_webhook(webhook_url, text)
    else:
        SlackClient().post_message("#deploys", text)
    state = load_state()
    state["sent"] += 1
    STATE_FILE.write_text(json.dumps(state))
    logger.info("notified %s", service)
    upload_events(os.getenv("ARCHIVE_BUCKET", "events"), [{"service": service, "version": version}])
