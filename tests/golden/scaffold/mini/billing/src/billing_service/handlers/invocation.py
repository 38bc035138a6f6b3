"""Direct invocations: {"operation": ..., "payload": {...}} in, {"ok": ..., ...} out.

Used by InternalFunction (other services' synchronous calls, see clients.py in theirs) and
CommandFunction (operators, e.g. `sam remote invoke CommandFunction --event '{...}'`).
Expected failures are answers, so callers can tell them apart: `invalid_request`,
`unknown_operation`, `not_ported`. Anything else raises, and the caller sees a function error.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from pydantic import BaseModel, ConfigDict, Field

from billing_service import inputs, operations
from billing_service.inputs import InvalidInput, validate
from billing_service.observability import logger, metrics
from billing_service.serialization import jsonable

Table = dict[str, tuple[type[inputs.OperationInput], str]]  # operation -> (input model, operation function)


class Invocation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    operation: str = Field(min_length=1, max_length=256)
    payload: dict[str, Any] = Field(default_factory=dict)


def dispatch(table: Table, event: Any) -> dict[str, Any]:
    try:
        invocation = validate(Invocation, event)
        if invocation.operation not in table:
            return {"ok": False, "error": {"type": "unknown_operation", "operation": invocation.operation}}
        model, name = table[invocation.operation]
        logger.append_keys(operation=name)
        result = getattr(operations, name)(validate(model, invocation.payload))
    except InvalidInput as error:
        return {"ok": False, "error": {"type": "invalid_request", "details": error.errors}}
    except operations.NotPorted as error:
        metrics.add_metric(name="NotPortedCalls", unit=MetricUnit.Count, value=1)
        return {"ok": False, "error": {"type": "not_ported", "operation": error.operation, "original": error.original}}
    return {"ok": True, "result": jsonable(result)}
