import hashlib
import hmac
import json

from .handlers import HANDLERS, unknown_event

SECRET = b"whsec_test"

PRE_HOOKS = [
    lambda event: event.setdefault("received", True),
    lambda event: event.pop("livemode", None),
]


def verify(body, signature):
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def dispatch(body, signature):
    if not verify(body, signature):
        raise PermissionError("bad signature")
    event = json.loads(body)
    for hook in PRE_HOOKS:
        hook(event)
    handler = HANDLERS.get(event["type"], unknown_event)
    return handler(event["data"])
