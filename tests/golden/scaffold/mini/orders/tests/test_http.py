"""HttpFunction against moto: every route reaches its operation with validated input; routes
not ported yet answer 501 and write nothing; invalid input gets 400 and writes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

import sam_harness
import samples
from orders_service import inputs, operations, repositories
from orders_service.handlers import http

# (operation, method, path, route, query, body)
ROUTES = [
    pytest.param("create", "POST", "/orders", "/orders", {}, {"example": "value"},
                 id="POST /orders"),
    pytest.param("show", "GET", "/orders/7", "/orders/{order_id}", {}, None,
                 id="GET /orders/{order_id}"),
]
NOT_PORTED = [p for p in ROUTES if p.values[0] in ["create", "show"]]

INPUTS = {
    "create": inputs.CreateInput,
    "show": inputs.ShowInput,
}


def call(method: str, path: str, route: str, query: dict[str, str] | None = None, body: Any = None,
         raw_body: str | None = None) -> tuple[int, Any]:
    event = sam_harness.http_event(method, path, route, query, body, raw_body)
    response = http.handler(event, sam_harness.LambdaContext())
    return response["statusCode"], json.loads(response["body"]) if response.get("body") else None


@pytest.mark.parametrize(("operation", "method", "path", "route", "query", "body"), ROUTES)
def test_each_route_reaches_its_operation(aws, monkeypatch, operation, method, path, route, query, body):
    seen = []
    monkeypatch.setattr(operations, operation, lambda request: seen.append(request) or {"handled": operation})
    assert call(method, path, route, query, body) == (200, {"handled": operation})
    [request] = seen
    assert type(request) is INPUTS[operation]


@pytest.mark.parametrize(("operation", "method", "path", "route", "query", "body"), NOT_PORTED)
def test_routes_not_ported_answer_501_and_write_nothing(aws, operation, method, path, route, query, body):
    status, answer = call(method, path, route, query, body)
    assert (status, answer["error"], answer["operation"]) == (501, "not_ported", operation)
    assert sum(sam_harness.written().values()) == 0


def test_invalid_input_gets_400_and_writes_nothing(aws, monkeypatch):
    seen = []
    monkeypatch.setattr(operations, "show", seen.append)
    status, answer = call("GET", "/orders/not-a-number", "/orders/{order_id}",
                          {}, None, None)
    assert (status, answer["error"]) == (400, "invalid_request")
    assert answer["details"] and all("input" not in detail for detail in answer["details"])  # values are not echoed
    assert seen == []
    assert sum(sam_harness.written().values()) == 0


def test_a_route_writes_through_the_repository(aws, monkeypatch):
    """`shop.orders.routes.create` writes `shop.orders.models.Order`: a stand-in for its port writes
    one item through the generated repository, and it lands in the template's table."""
    item = samples.order(7)

    def port(request: inputs.CreateInput) -> dict[str, Any]:
        return repositories.order().put(item)

    monkeypatch.setattr(operations, "create", port)
    status, answer = call("POST", "/orders", "/orders", {}, {"example": "value"})
    assert status == 200
    assert repositories.order().get(id=item["id"]) == item
    assert sam_harness.written() == {name: int(name == "OrderTable") for name in sam_harness.data_tables()}


def test_an_unknown_route_gets_404(aws):
    assert call("GET", "/no/such/route", "/no/such/route")[0] == 404
