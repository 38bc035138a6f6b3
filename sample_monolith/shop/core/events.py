"""A tiny in-process publish/subscribe event bus.

Domains publish facts (``"order.placed"``) and other domains subscribe
callbacks. Handlers run synchronously in the publisher's thread; anything
slow should enqueue a Celery task from its handler.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Callable

try:
    import ujson as json
except ImportError:  # pragma: no cover - ujson is optional
    import json

from .logging import get_logger

logger = get_logger(__name__)

Handler = Callable[[dict], Any]

_subscribers: dict[str, list[Handler]] = defaultdict(list)
_history: list[dict] = []
MAX_HISTORY = 500


def subscribe(event_name: str, handler: Handler) -> Handler:
    """Register ``handler`` for ``event_name``. Returns the handler."""
    if handler not in _subscribers[event_name]:
        _subscribers[event_name].append(handler)
    return handler


def on(event_name: str) -> Callable[[Handler], Handler]:
    """Decorator form of :func:`subscribe`."""

    def decorator(func: Handler) -> Handler:
        return subscribe(event_name, func)

    return decorator


def unsubscribe(event_name: str, handler: Handler) -> None:
    try:
        _subscribers[event_name].remove(handler)
    except ValueError:
        pass


def publish(event_name: str, payload: dict | None = None) -> int:
    """Deliver an event to every subscriber; returns how many handlers ran."""
    envelope = {
        "name": event_name,
        "payload": payload or {},
        "at": datetime.now(timezone.utc).isoformat(),
    }
    _history.append(envelope)
    del _history[:-MAX_HISTORY]
    delivered = 0
    for handler in list(_subscribers.get(event_name, ())):
        try:
            handler(envelope["payload"])
            delivered += 1
        except Exception:  # a bad subscriber must not break the publisher
            logger.exception("handler %r failed for %s", handler, event_name)
    logger.debug("published %s to %d handlers: %s", event_name, delivered, json.dumps(envelope))
    return delivered


def recent(event_name: str | None = None) -> list[dict]:
    return [e for e in _history if event_name is None or e["name"] == event_name]


def clear() -> None:
    _subscribers.clear()
    _history.clear()
