try:
    import requests
except ImportError:
    requests = None

from serializers import default_codec
from serializers.compat import dumps, loads

BASE_URL = "https://api.example.com"


def _fallback_post(url, body):
    from urllib import request as urlrequest

    req = urlrequest.Request(url, data=body.encode(), method="POST")
    with urlrequest.urlopen(req, timeout=10) as resp:
        return resp.read().decode()


def post_event(name, payload):
    body = dumps({"event": name, "payload": payload})
    url = f"{BASE_URL}/events"
    if requests is None:
        return loads(_fallback_post(url, body))
    return requests.post(url, data=body, timeout=10).json()


def archive_event(name, payload):
    blob = default_codec.encode({"event": name, "payload": payload})
    return len(blob)
