"""InternalFunction: the synchronous interfaces other services invoke (see handlers/invocation.py).

Operations are named by their original function, which is what other services' clients send.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from billing_service import inputs
from billing_service.handlers.invocation import Table, dispatch
from billing_service.observability import logger, metrics, tracer

OPERATIONS: Table = {
    "shop.billing.tax.tax_for": (inputs.TaxForInput, "tax_for"),
}


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return dispatch(OPERATIONS, event)
