"""WorkerFunction: consumes this service's queues, one per task or async interface.

Each SQS record carries a message envelope (envelope.py). Records are processed one by one
with Powertools' BatchProcessor: a record that fails (an invalid envelope or payload, an
unknown type, an operation not ported yet, an error) is reported in `batchItemFailures`
and retried alone, then dead-lettered; the others are deleted.
Operations whose original writes data run once per `message_id` (Powertools idempotency,
IdempotencyTable): a message delivered twice is processed once.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import ValidationError

from billing_service import inputs, operations, settings
from billing_service.envelope import Envelope
from billing_service.inputs import InvalidInput, validate
from billing_service.observability import logger, metrics, tracer

# message type (the original function) -> (input model, operation, whether it writes)
OPERATIONS: dict[str, tuple[type[inputs.OperationInput], str, bool]] = {
    "shop.billing.tasks.send_invoice": (inputs.SendInvoiceInput, "send_invoice", True),
}

# Every failed record is reported, even when the whole batch fails: each is retried alone.
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
idempotency = IdempotencyConfig(
    event_key_jmespath="message_id",
    payload_validation_jmespath="payload",  # the same message_id with another payload is refused
    raise_on_no_idempotency_key=True,
    expires_after_seconds=7 * 24 * 3600,
)
persistence = DynamoDBPersistenceLayer(table_name=settings.required("IDEMPOTENCY_TABLE"))


class UnknownMessage(Exception):
    pass


def _envelope(record: SQSRecord) -> Envelope:
    try:
        return Envelope.model_validate_json(record.body)
    except ValidationError as error:
        raise InvalidInput([{"loc": list(map(str, e["loc"])), "msg": e["msg"], "type": e["type"]}
                            for e in error.errors()]) from None


def _run(message: Envelope) -> None:
    model, name, _ = OPERATIONS[message.type]
    getattr(operations, name)(validate(model, message.payload))


@idempotent_function(data_keyword_argument="message", config=idempotency, persistence_store=persistence)
def _run_once(message: dict[str, Any]) -> None:
    _run(Envelope.model_validate(message))


@tracer.capture_method
def record_handler(record: SQSRecord) -> None:
    message = _envelope(record)
    if message.type not in OPERATIONS:
        raise UnknownMessage(f"no operation for messages of type {message.type!r}")
    model, _, writes = OPERATIONS[message.type]
    validate(model, message.payload)  # refuse an invalid payload before anything runs
    logger.append_keys(message_id=message.message_id, message_type=message.type, message_source=message.source)
    if writes:
        _run_once(message=message.model_dump(mode="json"))
    else:
        _run(message)
    metrics.add_metric(name="MessagesProcessed", unit=MetricUnit.Count, value=1)


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    idempotency.register_lambda_context(context)
    response = process_partial_response(event=event, record_handler=record_handler, processor=processor, context=context)
    if response["batchItemFailures"]:
        metrics.add_metric(name="MessagesFailed", unit=MetricUnit.Count, value=len(response["batchItemFailures"]))
    return response
