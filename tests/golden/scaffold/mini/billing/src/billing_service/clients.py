"""Calls from the billing service into other services, one client class per service.

- async interfaces send a message envelope (see envelope.py) to the consumer's queue, whose
  URL the consumer's stack exports; the producer may send only to that queue (IAM).
- sync interfaces invoke the consumer's InternalFunction directly (Lambda Invoke, request /
  response, IAM-authorized; no public endpoint) with {"operation": ..., "payload": ...}
  and get {"ok": true, "result": ...} or {"ok": false, "error": {...}} back.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import boto3

from billing_service import envelope, settings
from billing_service.serialization import jsonable

_UNSET: Any = object()


class RemoteError(Exception):
    """A synchronous call into another service failed; `error` is what it answered."""

    def __init__(self, service: str, operation: str, error: dict[str, Any]) -> None:
        super().__init__(f"{service}: {operation} failed: {error.get('type', 'error')}")
        self.service = service
        self.operation = operation
        self.error = error


@functools.cache
def _sqs() -> Any:
    return boto3.client("sqs")


@functools.cache
def _lambda() -> Any:
    return boto3.client("lambda")


def _payload(**arguments: Any) -> dict[str, Any]:
    return {name: jsonable(value) for name, value in arguments.items() if value is not _UNSET}


def send(queue_url_variable: str, message_type: str, payload: dict[str, Any], message_id: str | None) -> str:
    """Send one message to another service's queue; returns its message_id."""
    message = envelope.new(message_type, settings.SERVICE, payload, message_id)
    _sqs().send_message(QueueUrl=settings.required(queue_url_variable), MessageBody=message.model_dump_json())
    return message.message_id


def invoke(service: str, function_variable: str, operation: str, payload: dict[str, Any]) -> Any:
    """Call another service's operation and wait for its result."""
    response = _lambda().invoke(
        FunctionName=settings.required(function_variable),
        InvocationType="RequestResponse",
        Payload=json.dumps({"operation": operation, "payload": payload}).encode(),
    )
    answer = json.loads(response["Payload"].read() or b"null")
    if response.get("FunctionError"):
        raise RemoteError(service, operation, {"type": "function_error", "detail": answer})
    if not isinstance(answer, dict) or not answer.get("ok"):
        raise RemoteError(service, operation, answer.get("error", {}) if isinstance(answer, dict) else {})
    return answer.get("result")
