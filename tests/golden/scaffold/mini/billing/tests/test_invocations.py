"""Directly invoked functions against moto: InternalFunction (other services' synchronous calls).

Every operation is reachable with a valid payload; an invalid one is refused and writes
nothing; operations not ported yet answer `not_ported`; ported ones run the original.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

import sam_harness
from billing_service import inputs, operations
from billing_service.handlers import internal
from billing_service.serialization import jsonable

# (handler module, the name callers use, operation, original, payload, a payload it refuses or None, ported)
CASES = [
    pytest.param(internal, "shop.billing.tax.tax_for", "tax_for",
                 "shop.billing.tax.tax_for", {"amount": "12.50", "rate": "12.50"}, {"amount": "not-a-number", "rate": "12.50"}, True,
                 id="internal:tax_for"),
]
PARAMETERS = ("handler", "name", "operation", "original", "payload", "invalid", "ported")

INPUTS = {
    "tax_for": inputs.TaxForInput,
}


def invoke(handler: Any, name: str, payload: dict[str, Any]) -> dict[str, Any]:
    return handler.handler({"operation": name, "payload": payload}, sam_harness.LambdaContext())


@pytest.mark.parametrize(PARAMETERS, CASES)
def test_each_operation_is_reachable(aws, monkeypatch, handler, name, operation, original, payload, invalid,
                                     ported):
    seen = []
    monkeypatch.setattr(operations, operation, lambda request: seen.append(request) or {"handled": operation})
    assert invoke(handler, name, payload) == {"ok": True, "result": {"handled": operation}}
    assert seen == [INPUTS[operation].model_validate(payload)]


@pytest.mark.parametrize(PARAMETERS, [c for c in CASES if c.values[5] is not None])
def test_an_invalid_payload_is_refused_and_writes_nothing(aws, monkeypatch, handler, name, operation, original, payload,
                                                          invalid, ported):
    seen = []
    monkeypatch.setattr(operations, operation, seen.append)
    answer = invoke(handler, name, invalid)
    assert (answer["ok"], answer["error"]["type"]) == (False, "invalid_request")
    assert seen == []
    assert sum(sam_harness.written().values()) == 0


@pytest.mark.parametrize("handler", [internal, ])
def test_an_unknown_operation_is_refused(aws, handler):
    assert invoke(handler, "no.such.operation", {})["error"]["type"] == "unknown_operation"
    assert handler.handler({"payload": {}}, sam_harness.LambdaContext())["error"]["type"] == "invalid_request"


def test_tax_for_runs_the_original(aws, monkeypatch):
    """Ported: `shop.billing.tax.tax_for` runs the copied original, and its caller gets what it gave."""
    module = importlib.import_module("shop.billing.tax")
    original = sam_harness.Recorder(getattr(module, "tax_for"))
    monkeypatch.setattr(module, "tax_for", original)
    try:
        answer = invoke(internal, "shop.billing.tax.tax_for", {"amount": "12.50", "rate": "12.50"})
    except Exception as error:  # the original's own failure reaches the caller as a function error
        assert type(error) is type(original.outcome(jsonable))
    else:
        assert answer == {"ok": True, "result": original.outcome(jsonable)}
    assert len(original.calls) == 1
