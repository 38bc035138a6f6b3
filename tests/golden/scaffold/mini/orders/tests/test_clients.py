"""Clients into other services: async ones put an envelope on the consumer's queue (a moto
stand-in for the queue the consumer's stack exports); sync ones invoke the consumer's
InternalFunction (checked with botocore's Stubber: moto does not run other services)."""

from __future__ import annotations

import io
import json
import os
from typing import Any

import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

import sam_harness
from orders_service import clients

# (client class, method, keyword arguments, the original function, variable of the endpoint)
ASYNC = [
    pytest.param("BillingClient", "send_invoice", {"order_id": 7}, "shop.billing.tasks.send_invoice",
                 "BILLING_SEND_INVOICE_QUEUE_URL", id="billing.send_invoice"),
]
SYNC = [
    pytest.param("BillingClient", "tax_for", {"amount": "12.50", "rate": "12.50"}, "shop.billing.tax.tax_for",
                 "BILLING_FUNCTION_NAME", id="billing.tax_for"),
]
PARAMETERS = ("client", "method", "arguments", "target", "variable")


def call(client: str, method: str, arguments: dict[str, Any], **more: Any) -> Any:
    return getattr(getattr(clients, client)(), method)(**arguments, **more)


@pytest.mark.parametrize(PARAMETERS, ASYNC)
def test_async_clients_send_an_envelope_to_the_consumer_queue(aws, client, method, arguments, target, variable):
    assert call(client, method, arguments, **{"message_id" if "message_id" not in arguments else "message_id_": "m-1"}) == "m-1"
    [message] = sam_harness.received(os.environ[variable].rsplit("/", 1)[1])
    assert message == {"message_id": "m-1", "type": target, "source": "orders", "payload": arguments,
                       "version": 1}


def _answer(stub: Stubber, body: dict[str, Any], expected: dict[str, Any] | None = None) -> None:
    data = json.dumps(body).encode()
    stub.add_response("invoke", {"StatusCode": 200, "Payload": StreamingBody(io.BytesIO(data), len(data))}, expected)


@pytest.mark.parametrize(PARAMETERS, SYNC)
def test_sync_clients_invoke_the_consumer(client, method, arguments, target, variable):
    expected = {"FunctionName": os.environ[variable], "InvocationType": "RequestResponse",
                "Payload": json.dumps({"operation": target, "payload": arguments}).encode()}
    with Stubber(clients._lambda()) as stub:
        _answer(stub, {"ok": True, "result": {"answer": 42}}, expected)
        assert call(client, method, arguments) == {"answer": 42}
        stub.assert_no_pending_responses()


@pytest.mark.parametrize(PARAMETERS, SYNC)
def test_a_refused_sync_call_raises(client, method, arguments, target, variable):
    with Stubber(clients._lambda()) as stub:
        _answer(stub, {"ok": False, "error": {"type": "not_ported", "operation": method, "original": target}})
        with pytest.raises(clients.RemoteError) as raised:
            call(client, method, arguments)
    assert raised.value.error["type"] == "not_ported"
