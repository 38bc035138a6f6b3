"""template.yaml and the code agree, and the template keeps its promises: every Handler
resolves to a function; every environment variable the code reads is declared; queues,
tables and functions are configured as the README says."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import sam_harness

TEMPLATE = sam_harness.TEMPLATE
FUNCTIONS = sam_harness.resources("AWS::Serverless::Function")
PACKAGE = sam_harness.SERVICE / "src" / "orders_service"
TIMEOUT = TEMPLATE.get("Globals", {}).get("Function", {}).get("Timeout", 0)


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_every_handler_resolves_to_a_function(function):
    properties = FUNCTIONS[function]["Properties"]
    assert (sam_harness.SERVICE / properties["CodeUri"]).is_dir()
    module, _, name = properties["Handler"].rpartition(".")
    assert callable(getattr(importlib.import_module(module), name))


def _reads(path: Path) -> set[str]:
    """Environment variables a module reads: settings.required("X") and os.environ, plus the
    names it hands to the helpers that read them (a repository's table_env, clients.send/invoke)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            position = {"settings.required": 0, "required": 0, "os.environ.get": 0, "os.getenv": 0, "send": 0,
                        "invoke": 1}.get(called)
            if position is not None and len(node.args) > position and isinstance(node.args[position], ast.Constant):
                found.add(node.args[position].value)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ" \
                and isinstance(node.slice, ast.Constant):
            found.add(node.slice.value)
        elif isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["table_env"] \
                and isinstance(node.value, ast.Constant):
            found.add(node.value.value)
    return found


def test_every_variable_the_code_reads_is_declared():
    read = set().union(*(_reads(path) for path in PACKAGE.rglob("*.py")))
    assert read <= set(sam_harness.declared_environment()), "declare these in template.yaml"


def test_functions_log_to_their_own_log_group_with_retention():
    for name, function in FUNCTIONS.items():
        group = function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]
        assert TEMPLATE["Resources"][group]["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionInDays"}, name


@pytest.mark.parametrize("table", sam_harness.data_tables())
def test_tables_keep_their_promises(table):
    resource = TEMPLATE["Resources"][table]
    properties = resource["Properties"]
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["SSESpecification"] == {"SSEEnabled": True}
    assert properties["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert resource["DeletionPolicy"] == resource["UpdateReplacePolicy"] == "Retain"
