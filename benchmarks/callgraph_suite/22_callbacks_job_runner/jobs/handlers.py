import json
import logging

log = logging.getLogger(__name__)


def resize_image(payload):
    return {"path": payload["path"], "size": (800, 600)}


def send_receipt(payload):
    return {"sent_to": payload["email"]}


def record_success(payload, result):
    log.info("ok %s", json.dumps(result))


def notify_failure(payload, exc):
    log.error("failed %s: %s", payload, exc)


def ignore(payload, *_):
    return None
