"""The service's AWS resources in moto, created from ../template.yaml itself, and Lambda events.

Tables and queues are made from their properties in the template (key schemas, indexes,
redrive policies), so a test fails when the template and the code disagree. Each function's
environment is read from the template (Globals and the function's own), with resources
resolved to the names they get here. What the template imports from other stacks gets a
stand-in: a queue for a queue URL, a name for a function.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import yaml

SERVICE = Path(__file__).resolve().parent.parent
TEMPLATE = yaml.safe_load((SERVICE / "template.yaml").read_text(encoding="utf-8"))
REGION = "us-east-1"
ACCOUNT = "123456789012"
STACK = "orders"


def resources(kind: str) -> dict[str, dict[str, Any]]:
    return {name: r for name, r in TEMPLATE["Resources"].items() if r["Type"] == kind}


def queue_url(name: str) -> str:
    return f"https://sqs.{REGION}.amazonaws.com/{ACCOUNT}/{name}"


def _parameter(name: str) -> str:
    return str(TEMPLATE.get("Parameters", {}).get(name, {}).get("Default", name))


def resolve(value: Any) -> Any:
    """A template value with its intrinsics resolved to the names resources have here."""
    if not isinstance(value, dict) or len(value) != 1:
        return value
    (function, argument), = value.items()
    if function == "Ref":
        kind = TEMPLATE["Resources"].get(argument, {}).get("Type", "")
        if kind == "AWS::SQS::Queue":
            return queue_url(argument)
        return _parameter(argument) if argument in TEMPLATE.get("Parameters", {}) else argument
    if function == "Fn::GetAtt":
        name, attribute = argument
        return {"Arn": f"arn:aws:sqs:{REGION}:{ACCOUNT}:{name}", "QueueName": name}.get(attribute, name)
    if function == "Fn::Sub":
        text = argument
        for parameter in TEMPLATE.get("Parameters", {}):
            text = text.replace("${" + parameter + "}", _parameter(parameter))
        return text.replace("${AWS::StackName}", STACK)
    if function == "Fn::ImportValue":
        export = resolve(argument)
        return queue_url(export) if export.endswith("Url") else export
    raise ValueError(f"the harness does not resolve {function}")


def environment(function: str) -> dict[str, str]:
    merged = {**TEMPLATE.get("Globals", {}).get("Function", {}).get("Environment", {}).get("Variables", {}),
              **TEMPLATE["Resources"][function]["Properties"].get("Environment", {}).get("Variables", {})}
    return {name: str(resolve(value)) for name, value in merged.items()}


def declared_environment() -> dict[str, str]:
    """Every function's environment together (each name means the same everywhere)."""
    merged: dict[str, str] = {}
    for function in resources("AWS::Serverless::Function"):
        merged.update(environment(function))
    return merged


def imported_queues() -> list[str]:
    """Stand-in queues for the queue URLs this service imports from other stacks."""
    return sorted(url.rsplit("/", 1)[1] for url in declared_environment().values()
                  if url.startswith(queue_url("")) and url.rsplit("/", 1)[1] not in resources("AWS::SQS::Queue"))


def create() -> None:
    """Create the template's tables and queues (dead-letter queues first) in moto."""
    _create_tables()
    _create_queues()


def _create_tables() -> None:
    dynamodb = boto3.client("dynamodb")
    for name, table in resources("AWS::DynamoDB::Table").items():
        properties = table["Properties"]
        arguments: dict[str, Any] = {
            "TableName": name,
            "KeySchema": properties["KeySchema"],
            "AttributeDefinitions": properties["AttributeDefinitions"],
            "BillingMode": properties["BillingMode"],
        }
        if properties.get("GlobalSecondaryIndexes"):
            arguments["GlobalSecondaryIndexes"] = properties["GlobalSecondaryIndexes"]
        dynamodb.create_table(**arguments)


def _create_queues(only: str = "") -> None:
    sqs = boto3.client("sqs")
    queues = resources("AWS::SQS::Queue")
    for name in sorted(queues, key=lambda n: "RedrivePolicy" in queues[n]["Properties"]):
        if only and name != only:
            continue
        properties = queues[name]["Properties"]
        attributes = {key: str(properties[key]) for key in ("VisibilityTimeout", "MessageRetentionPeriod")
                      if key in properties}
        if "RedrivePolicy" in properties:
            policy = properties["RedrivePolicy"]
            attributes["RedrivePolicy"] = json.dumps({
                "deadLetterTargetArn": resolve(policy["deadLetterTargetArn"]),
                "maxReceiveCount": policy["maxReceiveCount"],
            })
        sqs.create_queue(QueueName=name, Attributes=attributes)
    for name in imported_queues():
        if not only or name == only:
            sqs.create_queue(QueueName=name)


def empty() -> None:
    """Delete every item and message, keeping the tables and queues."""
    dynamodb = boto3.resource("dynamodb")
    for name, table in resources("AWS::DynamoDB::Table").items():
        keys = [k["AttributeName"] for k in table["Properties"]["KeySchema"]]
        with dynamodb.Table(name).batch_writer() as batch:
            for item in items(name):
                batch.delete_item(Key={k: item[k] for k in keys})
    sqs = boto3.client("sqs")
    counts = ("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")
    for name in [*resources("AWS::SQS::Queue"), *imported_queues()]:
        attributes = sqs.get_queue_attributes(QueueUrl=queue_url(name), AttributeNames=list(counts))["Attributes"]
        if any(int(attributes.get(count, 0)) for count in counts):
            sqs.delete_queue(QueueUrl=queue_url(name))  # PurgeQueue allows one call a minute
            _create_queues(only=name)


def items(table: str) -> list[dict[str, Any]]:
    return boto3.resource("dynamodb").Table(table).scan(ConsistentRead=True)["Items"]


def data_tables() -> list[str]:
    return sorted(name for name in resources("AWS::DynamoDB::Table") if name != "IdempotencyTable")


def written() -> dict[str, int]:
    """How many items each of the service's own tables holds."""
    return {name: len(items(name)) for name in data_tables()}


def received(queue: str) -> list[dict[str, Any]]:
    messages = boto3.client("sqs").receive_message(QueueUrl=queue_url(queue), MaxNumberOfMessages=10)
    return [json.loads(m["Body"]) for m in messages.get("Messages", [])]


class Recorder:
    """Wraps a copied original: records each call's arguments and outcome, and behaves as it."""

    def __init__(self, original: Any) -> None:
        self.original = original
        self.calls: list[tuple[dict[str, Any], Any]] = []

    def __call__(self, **arguments: Any) -> Any:
        try:
            result = self.original(**arguments)
        except Exception as error:
            self.calls.append((arguments, error))
            raise
        self.calls.append((arguments, result))
        return result

    def outcome(self, jsonable: Any) -> Any:
        """What the caller gets from the one call: its result as JSON, or the exception the
        original raised (or that turning its result into JSON raised)."""
        [(_, outcome)] = self.calls
        if isinstance(outcome, Exception):
            return outcome
        try:
            return jsonable(outcome)
        except TypeError as error:
            return error


@dataclass
class LambdaContext:
    function_name: str = "test"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:test"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"
    log_group_name: str = "/aws/lambda/test"
    log_stream_name: str = "test"

    def get_remaining_time_in_millis(self) -> int:
        return 30 * 1000


def http_event(method: str, path: str, route: str, query: dict[str, str] | None = None,
               body: Any = None, raw_body: str | None = None) -> dict[str, Any]:
    """An API Gateway HTTP API (payload 2.0) event."""
    text = raw_body if raw_body is not None else (json.dumps(body) if body is not None else None)
    return {
        "version": "2.0",
        "routeKey": f"{method} {route}",
        "rawPath": path,
        "rawQueryString": "&".join(f"{k}={v}" for k, v in (query or {}).items()),
        "queryStringParameters": query or None,
        "headers": {"content-type": "application/json", "host": "api.example.com"},
        "requestContext": {
            "accountId": ACCOUNT, "apiId": "api", "domainName": "api.example.com", "stage": "$default",
            "requestId": str(uuid.uuid4()), "routeKey": f"{method} {route}", "time": "01/Jan/2024:00:00:00 +0000",
            "timeEpoch": 1704067200000,
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1", "userAgent": "pytest"},
        },
        "body": text,
        "isBase64Encoded": False,
    }


def envelope(message_type: str, payload: dict[str, Any], message_id: str | None = None,
             source: str = "tests") -> dict[str, Any]:
    return {"message_id": message_id or str(uuid.uuid4()), "type": message_type, "source": source,
            "payload": payload, "version": 1}


def sqs_event(*bodies: str) -> dict[str, Any]:
    """An SQS event whose records carry these bodies; message ids are m0, m1..."""
    return {"Records": [{
        "messageId": f"m{index}",
        "receiptHandle": f"handle-{index}",
        "body": body,
        "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": "1704067200000",
                       "SenderId": ACCOUNT, "ApproximateFirstReceiveTimestamp": "1704067200000"},
        "messageAttributes": {},
        "md5OfBody": "",
        "eventSource": "aws:sqs",
        "eventSourceARN": f"arn:aws:sqs:{REGION}:{ACCOUNT}:queue",
        "awsRegion": REGION,
    } for index, body in enumerate(bodies)]}


def configure_environment() -> None:
    """Fake credentials (nothing reaches AWS), the region, and the template's environment."""
    os.environ.update({
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SECURITY_TOKEN": "testing",
        "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION, "AWS_REGION": REGION,
        "POWERTOOLS_TRACE_DISABLED": "true",
    })
    os.environ.update(declared_environment())
