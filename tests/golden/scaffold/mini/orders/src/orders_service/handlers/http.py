"""HttpFunction: the HTTP API's routes (Powertools APIGatewayHttpResolver).

Each route validates its input against the original function's parameters (path, query
string, headers, JSON body) and calls the operation. Answers: the operation's result as
JSON; 400 with the invalid fields; 404; 501 for an operation not ported yet; 500 (logged)
for anything unexpected.
"""

from __future__ import annotations

import json
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from orders_service import inputs, operations
from orders_service.inputs import InvalidInput, validate
from orders_service.observability import logger, metrics, tracer
from orders_service.serialization import jsonable

app = APIGatewayHttpResolver()  # routes below: static ones first, as API Gateway matches them


def _json(status: int, body: Any) -> Response:
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON, body=json.dumps(jsonable(body)))


def _body() -> Any:
    raw = app.current_event.decoded_body
    if raw in (None, ""):
        return None
    try:
        return json.loads(raw)
    except ValueError:
        raise InvalidInput([{"loc": ["body"], "msg": "the body is not JSON", "type": "json_invalid"}]) from None


def _collect(path: dict[str, str], query: tuple[str, ...] = (), headers: tuple[str, ...] = (),
             body: tuple[str, ...] = (), raw_body: bool = False) -> dict[str, Any]:
    """The route's raw input, by parameter name, for the input model to validate."""
    event = app.current_event
    data: dict[str, Any] = dict(path)
    for name in query:
        value = event.get_query_string_value(name)
        if value is not None:
            data[name] = value
    for name in headers:
        value = event.headers.get(name.replace("_", "-").lower())
        if value is not None:
            data[name] = value
    if body or raw_body:
        parsed = _body()
        if raw_body:
            if parsed is not None and not isinstance(parsed, dict):
                raise InvalidInput([{"loc": ["body"], "msg": "the body must be a JSON object", "type": "dict_type"}])
            if parsed is not None:
                data["body"] = parsed
        elif len(body) == 1:
            if parsed is not None:
                data[body[0]] = parsed
        elif isinstance(parsed, dict):
            data.update({name: parsed[name] for name in body if name in parsed})
        elif parsed is not None:
            raise InvalidInput([{"loc": ["body"], "msg": "the body must be a JSON object", "type": "dict_type"}])
    return data


@app.exception_handler(InvalidInput)
def _invalid(error: InvalidInput) -> Response:
    return _json(400, {"error": "invalid_request", "details": error.errors})


@app.exception_handler(operations.NotPorted)
def _not_ported(error: operations.NotPorted) -> Response:
    metrics.add_metric(name="NotPortedCalls", unit=MetricUnit.Count, value=1)
    return _json(501, {"error": "not_ported", "operation": error.operation, "original": error.original})


@app.not_found
def _missing(error: Exception) -> Response:
    return _json(404, {"error": "not_found"})


@app.exception_handler(Exception)
def _failed(error: Exception) -> Response:
    logger.exception("unhandled error")
    return _json(500, {"error": "internal_error"})


@app.route("/orders", method="POST")
def _create_1(**path: str) -> Response:
    """POST /orders: shop.orders.routes.create (flask)."""
    request = validate(inputs.CreateInput, _collect(path, raw_body=True))
    return _json(200, operations.create(request))


@app.route("/orders/<order_id>", method="GET")
def _show_1(**path: str) -> Response:
    """GET /orders/{order_id}: shop.orders.routes.show (flask)."""
    request = validate(inputs.ShowInput, _collect(path))
    return _json(200, operations.show(request))


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return app.resolve(event, context)
