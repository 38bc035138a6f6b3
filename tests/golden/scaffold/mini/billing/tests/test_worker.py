"""WorkerFunction against moto: each message type reaches its operation; a poison message
fails alone; a duplicate message_id is processed once; an invalid message fails and writes
nothing; operations not ported yet fail their record (and will be dead-lettered)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import sam_harness
import samples
from billing_service import inputs, operations, repositories
from billing_service.handlers import worker

# (message type, operation, payload)
MESSAGES = [
    pytest.param("shop.billing.tasks.send_invoice", "send_invoice", {"order_id": 7}, id="send_invoice"),
]
NOT_PORTED = [p for p in MESSAGES if p.values[1] in ["send_invoice"]]

INPUTS = {
    "send_invoice": inputs.SendInvoiceInput,
}


def handle(*bodies: str) -> dict[str, Any]:
    return worker.handler(sam_harness.sqs_event(*bodies), sam_harness.LambdaContext())


def message(message_type: str, payload: dict[str, Any], message_id: str | None = None) -> str:
    return json.dumps(sam_harness.envelope(message_type, payload, message_id))


def failures(response: dict[str, Any]) -> list[str]:
    return [failure["itemIdentifier"] for failure in response["batchItemFailures"]]


@pytest.mark.parametrize(("message_type", "operation", "payload"), MESSAGES)
def test_each_message_type_reaches_its_operation(aws, monkeypatch, message_type, operation, payload):
    seen = []
    monkeypatch.setattr(operations, operation, seen.append)
    assert failures(handle(message(message_type, payload))) == []
    assert seen == [INPUTS[operation].model_validate(payload)]


@pytest.mark.parametrize(("message_type", "operation", "payload"), NOT_PORTED)
def test_messages_not_ported_fail_and_write_nothing(aws, message_type, operation, payload):
    assert failures(handle(message(message_type, payload))) == ["m0"]
    assert sum(sam_harness.written().values()) == 0


@pytest.fixture
def port(monkeypatch) -> list[Any]:
    """A stand-in for the port of `send_invoice` (shop.billing.tasks.send_invoice): it writes one
    `shop.billing.models.Invoice` per call through the generated repository; returns its calls."""
    calls: list[Any] = []

    def run(request: inputs.SendInvoiceInput) -> None:
        calls.append(request)
        given = {name: value for name, value in request.arguments().items() if name in ["order_id"]}
        repositories.invoice().put({**samples.invoice(len(calls)), **given})

    monkeypatch.setattr(operations, "send_invoice", run)
    return calls


def test_a_poison_message_fails_alone(aws, port):
    response = handle(message("shop.billing.tasks.send_invoice", {"order_id": 7}), "{not json",
                      message("shop.billing.tasks.send_invoice", {"order_id": 7}))
    assert failures(response) == ["m1"]
    assert len(port) == 2
    assert sam_harness.written()["InvoiceTable"] == 2


def test_an_invalid_payload_fails_and_writes_nothing(aws, port):
    assert failures(handle(message("shop.billing.tasks.send_invoice", {"order_id": "not-a-number"}))) == ["m0"]
    assert port == []
    assert sum(sam_harness.written().values()) == 0


@pytest.mark.parametrize("body", [
    pytest.param(json.dumps({"type": "shop.billing.tasks.send_invoice", "source": "tests", "payload": {}}), id="no message_id"),
    pytest.param(message("no.such.type", {}), id="unknown type"),
    pytest.param(json.dumps([1, 2]), id="not an object"),
])
def test_an_invalid_envelope_fails_and_writes_nothing(aws, port, body):
    assert failures(handle(body)) == ["m0"]
    assert port == []
    assert sum(sam_harness.written().values()) == 0


def test_a_duplicate_message_id_is_processed_once(aws, port):
    body = message("shop.billing.tasks.send_invoice", {"order_id": 7}, message_id="event-42")
    assert failures(handle(body)) == []
    assert failures(handle(body)) == []  # delivered again: acknowledged, not processed
    assert len(port) == 1
    assert sam_harness.written()["InvoiceTable"] == 1
    [stored] = repositories.invoice().table.scan()["Items"]
    assert {name: stored[name] for name in ["order_id"]} == {"order_id": 7}  # the payload's, stored


def test_a_message_id_reused_for_another_payload_is_refused(aws, port):
    assert failures(handle(message("shop.billing.tasks.send_invoice", {"order_id": 7}, message_id="event-43"))) == []
    assert failures(handle(message("shop.billing.tasks.send_invoice", {"order_id": 8}, message_id="event-43"))) == ["m0"]
    assert len(port) == 1
