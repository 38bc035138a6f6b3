"""The message envelope every queue of this service carries, version 1:

    {"message_id": "...", "type": "<the original function>", "source": "<producing service>",
     "payload": {<the function's arguments>}, "version": 1}

`message_id` is chosen by the producer and is the idempotency key: a message delivered
twice (SQS delivers at least once, producers retry) is processed once.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

VERSION = 1


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    message_id: str = Field(min_length=1, max_length=128)
    type: str = Field(min_length=1, max_length=256)
    source: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any]
    version: Literal[1] = VERSION


def new(type: str, source: str, payload: dict[str, Any], message_id: str | None = None) -> Envelope:
    """An envelope to send; pass a `message_id` derived from the business event when a retry
    of the same event must not be processed twice."""
    return Envelope(message_id=message_id or str(uuid.uuid4()), type=type, source=source, payload=payload)
