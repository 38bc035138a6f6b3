"""Render a service plan to files: {path relative to DIR: text}. Nothing is written here."""

from __future__ import annotations

import re

from migrate_kit.scaffold import examples
from migrate_kit.scaffold import functions as function_groups
from migrate_kit.scaffold.model import COMMAND, HTTP, INVOKE, MESSAGE, Attribute, Operation, Route, ServicePlan, Table
from migrate_kit.scaffold.naming import camel
from migrate_kit.scaffold.routes import WITH_BODY
from migrate_kit.scaffold.templating import CLOCK_NAMES, python_literal, render

TIMEOUT = 30  # seconds, every function (Globals)
MEMORY = 512
VISIBILITY_TIMEOUT = 6 * TIMEOUT  # AWS: at least six times the consumer's timeout
MAX_RECEIVE_COUNT = 5
DEAD_LETTER_COMMENT = {
    HTTP: "Invoked synchronously by API Gateway: a failure is the HTTP response, there is nothing to dead-letter.",
    MESSAGE: "Fed by SQS event source mappings: failed messages go to each queue's own dead-letter queue.",
    INVOKE: "Invoked synchronously by other services: the caller gets the error, there is nothing to dead-letter.",
    COMMAND: "Invoked synchronously by operators: the caller gets the error, there is nothing to dead-letter.",
}

# (template, path in the service, when): `package` stands for the generated package's folder.
FILES = (
    ("template.yaml.j2", "template.yaml", None),
    ("README.md.j2", "README.md", None),
    ("requirements.txt.j2", "requirements.txt", None),
    ("src_requirements.txt.j2", "src/requirements.txt", None),
    ("gitignore.j2", ".gitignore", None),
    ("pytest.ini.j2", "pytest.ini", None),
    ("src/package/__init__.py.j2", "src/package/__init__.py", None),
    ("src/package/settings.py.j2", "src/package/settings.py", None),
    ("src/package/observability.py.j2", "src/package/observability.py", None),
    ("src/package/serialization.py.j2", "src/package/serialization.py", None),
    ("src/package/envelope.py.j2", "src/package/envelope.py", None),
    ("src/package/inputs.py.j2", "src/package/inputs.py", None),
    ("src/package/operations.py.j2", "src/package/operations.py", None),
    ("src/package/repositories.py.j2", "src/package/repositories.py", None),
    ("src/package/clients.py.j2", "src/package/clients.py", None),
    ("src/package/handlers/__init__.py.j2", "src/package/handlers/__init__.py", None),
    ("src/package/handlers/invocation.py.j2", "src/package/handlers/invocation.py", (INVOKE, COMMAND)),
    ("src/package/handlers/http.py.j2", "src/package/handlers/http.py", (HTTP,)),
    ("src/package/handlers/worker.py.j2", "src/package/handlers/worker.py", (MESSAGE,)),
    ("src/package/handlers/internal.py.j2", "src/package/handlers/internal.py", (INVOKE,)),
    ("src/package/handlers/commands.py.j2", "src/package/handlers/commands.py", (COMMAND,)),
    ("tests/requirements.txt.j2", "tests/requirements.txt", None),
    ("tests/conftest.py.j2", "tests/conftest.py", None),
    ("tests/sam_harness.py.j2", "tests/sam_harness.py", None),
    ("tests/test_template.py.j2", "tests/test_template.py", None),
    ("tests/samples.py.j2", "tests/samples.py", "tables"),
    ("tests/test_repositories.py.j2", "tests/test_repositories.py", "tables"),
    ("tests/test_http.py.j2", "tests/test_http.py", (HTTP,)),
    ("tests/test_worker.py.j2", "tests/test_worker.py", (MESSAGE,)),
    ("tests/test_invocations.py.j2", "tests/test_invocations.py", (INVOKE, COMMAND)),
    ("tests/test_clients.py.j2", "tests/test_clients.py", "outbound"),
)


def render_service(plan: ServicePlan, sources: dict[str, str]) -> dict[str, str]:
    """Every file of one service, keyed by its path relative to DIR (`<service>/...`)."""
    context = _context(plan)
    files: dict[str, str] = {}
    for template, path, when in FILES:
        if _wanted(plan, when):
            files[f"{plan.name}/{path.replace('src/package/', f'src/{plan.package}/')}"] = render(template, **context)
    for copied in plan.copied:
        files[f"{plan.name}/src/{copied.path}"] = sources[copied.path]
    return files


def _wanted(plan: ServicePlan, when: object) -> bool:
    if when is None:
        return True
    if when == "tables":
        return bool(plan.tables and plan.functions)
    if when == "outbound":
        return bool(plan.outbound)
    return any(plan.by_kind(kind) for kind in when)


def _context(plan: ServicePlan) -> dict[str, object]:
    return {
        "plan": plan,
        "namespace": plan.modules[0].split(".")[0] if plan.modules else plan.name,
        "timeout": TIMEOUT,
        "memory": MEMORY,
        "visibility_timeout": VISIBILITY_TIMEOUT,
        "max_receive_count": MAX_RECEIVE_COUNT,
        "dead_letter_comment": DEAD_LETTER_COMMENT,
        "consume_actions": function_groups.CONSUME_ACTIONS,
        "key_attributes": key_attributes,
        "with_body": WITH_BODY,
        "used_outbound": lambda function: function_groups.used_outbound(function, plan.operations, plan.outbound),
        "write_target": write_target(plan),
        "owned_entities": {t.entity for t in plan.tables},
        "code_tables": plan.tables if plan.functions else (),  # no function, no code that reads a table
        "trigger_line": trigger_line,
        "collect_call": collect_call,
        "reached_by": reached_by,
        "http_routes": http_routes(plan),
        "field_name": field_name,
        "input_imports": type_imports(_annotations(plan.operations), ["from typing import Any, ClassVar, TypeVar"]),
        "client_imports": type_imports(_annotations(plan.outbound),
                                       ["import functools", "import json", "from typing import Any"]),
        "key_params": examples.key_params,
        "open_schema": lambda table: table.key_assumed and len(table.attributes) == 1,
        "field_param": examples.field_param,
        "key_arguments": examples.key_arguments,
        "sample_item": examples.sample_item,
        "sample_imports": sample_imports(plan),
        "uses_field": any(not p.required or field_name(p.name) != p.name for o in plan.operations for p in o.params),
        "http_binding": examples.http_binding,
        "request": examples.request,
        "invalid_request": examples.invalid_request(plan),
        "payload": examples.payload,
        "shared_fields": examples.shared_fields,
        "subset": lambda data, names: {n: data[n] for n in names},
        "invalid_payload": examples.invalid_payload,
        "other_payload": examples.other_payload,
    }


def key_attributes(table: Table) -> list[Attribute]:
    names = list(dict.fromkeys([*table.key, *(n for i in table.indexes for n in (i.attribute, i.range) if n)]))
    return [table.attribute(n) for n in names]


def write_target(plan: ServicePlan) -> dict[str, tuple[str, str] | None]:
    """Per kind of handler, an operation whose original writes an owned entity, and that
    entity's table: the generated tests check that a handler's write lands there."""
    found: dict[str, tuple[str, str] | None] = {}
    for kind in (HTTP, MESSAGE, INVOKE, COMMAND):
        found[kind] = next(((o.name, plan.table(e).accessor) for o in plan.by_kind(kind) for e in o.writes
                            if any(t.entity == e for t in plan.tables)), None)
    return found


def trigger_line(operation: Operation) -> str:
    """How the outside world reaches an operation, and where its original is."""
    ways = [f"{r.method} {r.path}" for r in operation.routes]
    if operation.message:
        ways.append("queue message")
    if operation.invoke:
        ways.append("sync interface")
    if operation.command:
        ways.append(f"command `{operation.command}`")
    text = f"{', '.join(ways)}: `{operation.qualname}` ({operation.path}:{operation.line})."
    return text[0].upper() + text[1:]


def http_routes(plan: ServicePlan) -> list[tuple[Operation, Route, int]]:
    """Every route with its operation, the most specific first (fewer path parameters, then
    longer paths): the order in which API Gateway would match them."""
    found = [(o, r, i) for o in plan.by_kind(HTTP) for i, r in enumerate(o.routes, start=1)]
    return sorted(found, key=lambda x: (len(x[1].path_params), -x[1].path.count("/"), x[1].path, x[1].method))


def reached_by(operation: Operation) -> list[str]:
    ways = [f"`{r.method} {r.path}`" for r in operation.routes]
    if operation.message:
        ways.append(f"queue `{camel(operation.name)}Queue`")
    if operation.invoke:
        ways.append("sync interface (InternalFunction)")
    if operation.command:
        ways.append(f"command `{operation.command}` (CommandFunction)")
    return ways


def collect_call(operation: Operation, route: Route) -> str:
    """The handler's `_collect(...)` call for a route: where each parameter comes from."""
    binding = examples.http_binding(operation, route)
    parts = ["path"]
    for keyword, names in (("query", binding.query), ("headers", binding.headers), ("body", binding.body)):
        if names:
            parts.append(f"{keyword}={python_literal(names)}")
    if operation.http_body:
        parts.append("raw_body=True")
    return f"_collect({', '.join(parts)})"


_RESERVED_FIELDS = frozenset({"copy", "dict", "json", "schema", "construct", "validate", "fields", "synthetic",
                              "arguments", "parse_obj", "parse_raw", "from_orm", "update_forward_refs"})


def field_name(name: str) -> str:
    """The input model's attribute for a parameter (pydantic reserves some names)."""
    return f"{name}_" if name in _RESERVED_FIELDS or name.startswith(("model_", "_")) else name


def _annotations(items) -> str:
    return " ".join(p.annotation for item in items for p in item.params)


def type_imports(annotations: str, base: list[str]) -> list[str]:
    """Standard-library imports for the types the annotations name, with `base`, sorted."""
    lines = list(base)
    clock = sorted(set(re.findall(r"\b(datetime|date|time)\b", annotations)))
    if clock:
        lines.append("from datetime import " + ", ".join(f"{n} as {CLOCK_NAMES[n]}" for n in clock))
    if re.search(r"\bDecimal\b", annotations):
        lines.append("from decimal import Decimal")
    if re.search(r"\bUUID\b", annotations):
        lines.append("from uuid import UUID")
    return sorted(lines, key=lambda line: (line.startswith("from"), line.split()[1]))


def sample_imports(plan: ServicePlan) -> list[str]:
    """The imports the sample items of tests/samples.py use."""
    text = " ".join(examples.sample_item(t) for t in plan.tables)
    clock = [n for n in ("date", "datetime", "time", "timedelta", "timezone") if re.search(rf"\b{n}[(.]", text)]
    lines = ["from typing import Any"]
    if clock:
        lines.append("from datetime import " + ", ".join(clock))
    if "Decimal(" in text:
        lines.append("from decimal import Decimal")
    if "UUID(" in text:
        lines.append("from uuid import UUID")
    return sorted(lines, key=lambda line: line.split()[1])
