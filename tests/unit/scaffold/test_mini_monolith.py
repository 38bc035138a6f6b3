"""Scaffolding a small monolith with hand-written boundaries: what each service gets, its
generated tests passing in their own pytest process, and golden copies of every generated file.

Refresh the golden files after an intended change with
`pytest tests/unit/scaffold/test_mini_monolith.py --update-golden`, and review the diff.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from migrate_kit.scaffold import scaffold
from tests.unit.scaffold.mini import mini_monolith

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "scaffold" / "mini"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mini")
    return scaffold(mini_monolith(folder), folder / "services")


def template(result, service: str) -> dict:
    return yaml.safe_load((result.out / service / "template.yaml").read_text(encoding="utf-8"))


def generated(result, service: str) -> dict[str, str]:
    """A service's generated files, without the monolith's copied modules."""
    root = result.out / service
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts
            and not (p.parts[len(root.parts)] == "src" and p.parts[len(root.parts) + 1] == "shop")}


def test_services_and_ported_operations(result):
    assert result.services == ("orders", "billing")
    assert (result.operations, result.ported) == (4, 1)  # billing's tax_for runs as it is
    assert result.warnings == ()


def test_billing_runs_the_pure_function_and_ports_the_task(result):
    operations = (result.out / "billing" / "src" / "billing_service" / "operations.py").read_text()
    assert 'getattr(importlib.import_module("shop.billing.tax"), "tax_for")' in operations
    assert 'raise NotPorted("send_invoice", "shop.billing.tasks.send_invoice")' in operations
    assert "shop/billing/tasks.py:10: writes `shop.billing.models.Invoice`" in operations


def test_billing_consumes_the_task_queue_idempotently(result):
    resources = template(result, "billing")["Resources"]
    assert resources["SendInvoiceQueue"]["Properties"]["RedrivePolicy"]["deadLetterTargetArn"] == {
        "Fn::GetAtt": ["SendInvoiceDeadLetterQueue", "Arn"]}
    assert resources["SendInvoiceQueueEventSource"]["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    worker = resources["WorkerFunction"]["Properties"]
    assert worker["Environment"]["Variables"] == {"IDEMPOTENCY_TABLE": {"Ref": "IdempotencyTable"},
                                                  "INVOICE_TABLE": {"Ref": "InvoiceTable"}}
    assert {"DynamoDBCrudPolicy": {"TableName": {"Ref": "InvoiceTable"}}} in worker["Policies"]
    outputs = template(result, "billing")["Outputs"]
    assert set(outputs) == {"SendInvoiceQueueUrl", "SendInvoiceQueueName", "SendInvoiceQueueArn",
                            "InternalFunctionName", "InternalFunctionArn"}


def test_orders_tables_routes_and_calls_into_billing(result):
    orders = template(result, "orders")
    resources = orders["Resources"]
    lines = resources["OrderLineTable"]["Properties"]
    assert lines["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert lines["GlobalSecondaryIndexes"][0]["IndexName"] == "ByOrderId"
    assert {a["AttributeName"]: a["AttributeType"] for a in lines["AttributeDefinitions"]} == {"id": "N", "order_id": "N"}
    events = resources["HttpFunction"]["Properties"]["Events"]
    assert {(e["Properties"]["Method"], e["Properties"]["Path"]) for e in events.values()} == {
        ("POST", "/orders"), ("GET", "/orders/{order_id}")}
    policies = resources["HttpFunction"]["Properties"]["Policies"]
    assert {"SQSSendMessagePolicy": {"QueueName": {"Fn::ImportValue": {
        "Fn::Sub": "${BillingStackName}-SendInvoiceQueueName"}}}} in policies
    assert {"LambdaInvokePolicy": {"FunctionName": {"Fn::ImportValue": {
        "Fn::Sub": "${BillingStackName}-InternalFunctionName"}}}} in policies
    assert orders["Parameters"]["BillingStackName"]["Default"] == "billing"
    clients = (result.out / "orders" / "src" / "orders_service" / "clients.py").read_text()
    assert "class BillingClient:" in clients and "def send_invoice(" in clients and "def tax_for(" in clients


def test_requirements_list_what_the_code_imports(result):
    orders = (result.out / "orders" / "requirements.txt").read_text().split()
    billing = (result.out / "billing" / "requirements.txt").read_text().split()
    assert "Flask" in orders and "SQLAlchemy" in orders and "celery" not in orders
    assert "celery" in billing and "Flask" not in billing
    deployed = (result.out / "orders" / "src" / "requirements.txt").read_text().split()
    assert "Flask" not in deployed and any(line.startswith("aws-lambda-powertools") for line in deployed)


@pytest.mark.parametrize("service", ["orders", "billing"])
def test_generated_tests_pass(result, service, tmp_path):
    folder = tmp_path / service
    shutil.copytree(result.out / service, folder)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "AWS_"))}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=folder,
                         capture_output=True, text=True, timeout=300,
                         env={**environment, "PYTHONDONTWRITEBYTECODE": "1"})
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    last = run.stdout.splitlines()[-1]
    assert " passed" in last and "skipped" not in last and "error" not in last


@pytest.mark.parametrize("service", ["orders", "billing"])
def test_generated_files_match_the_golden_copies(result, service, update_golden):
    actual = generated(result, service)
    folder = GOLDEN / service
    if update_golden:
        shutil.rmtree(folder, ignore_errors=True)
        for path, text in actual.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text, encoding="utf-8")
    assert folder.is_dir(), f"{folder} is missing: run pytest with --update-golden"
    golden = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
              for p in sorted(folder.rglob("*")) if p.is_file()}
    assert sorted(golden) == sorted(actual), "the generated file set changed: run pytest --update-golden and review"
    for path, text in actual.items():
        assert text == golden[path], f"{service}/{path} differs from its golden copy: run --update-golden and review"
