import logging

from .channels import *
from .helpers import *
from .helpers import _mask

log = logging.getLogger(__name__)


class Sender:
    def __init__(self, transport):
        self.transport = transport

    def send(self, channel, kind, to, **ctx):
        if channel == "email":
            message = email_message(kind, to, **ctx)
        else:
            message = sms_message(kind, to, **ctx)
        message["id"] = slugify(f"{kind}-{to}-{now_iso()}")
        log.info("sending %s to %s", kind, _mask(to))
        self.transport.deliver(message)
        return message["id"]
