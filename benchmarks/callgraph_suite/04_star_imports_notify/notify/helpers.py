import re
from datetime import datetime, timezone


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def now_iso():
    return datetime.now(timezone.utc).isoformat()


def _mask(address):
    user, _, domain = address.partition("@")
    return user[:2] + "***@" + domain
