"""What the generated tests send and store: example requests, payloads and items, derived
from the operations' parameters and the entities' fields (as Python source or values)."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from migrate_kit.scaffold import signatures
from migrate_kit.scaffold.model import HTTP, Operation, Param, Route, ServicePlan, Table
from migrate_kit.scaffold.naming import identifier
from migrate_kit.scaffold.routes import WITH_BODY
from migrate_kit.scaffold.templating import python_literal


@dataclass(frozen=True)
class Binding:
    query: tuple[str, ...]
    headers: tuple[str, ...]
    body: tuple[str, ...]


def http_binding(operation: Operation, route: Route) -> Binding:
    has_body = route.method in WITH_BODY
    bound = [signatures.for_http(p, route.path_params, has_body) for p in operation.params]
    pick = lambda source: tuple(p.name for p in bound if p.http_source == source)  # noqa: E731
    return Binding(pick("query"), pick("header"), pick("body"))


def example(param: Param) -> object:
    return ast.literal_eval(param.example)


def payload(params: tuple[Param, ...]) -> dict[str, object]:
    """A valid payload: every parameter, with its example value."""
    return {p.name: example(p) for p in params}


def invalid_payload(operation: Operation) -> dict[str, object] | None:
    """A payload the operation's input refuses, or None if it accepts anything."""
    for param in operation.params:
        if param.invalid is not None:
            return {**payload(operation.params), param.name: ast.literal_eval(param.invalid)}
    required = [p for p in operation.params if p.required]
    if required:
        return {k: v for k, v in payload(operation.params).items() if k != required[0].name}
    return None if operation.accepts_extra else {"no_such_parameter": 1}


def other_payload(operation: Operation) -> dict[str, object] | None:
    """A valid payload that differs from `payload(...)`."""
    for param in operation.params:
        value = example(param)
        if isinstance(value, int) and not isinstance(value, bool):
            return {**payload(operation.params), param.name: value + 1}
        if isinstance(value, str) and param.annotation.startswith("str"):
            return {**payload(operation.params), param.name: value + "-other"}
    return None


def _text(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class Request:
    operation: str
    method: str
    path: str  # with values
    route: str
    query: dict[str, str]
    body: object
    raw_body: str | None = None


def request(operation: Operation, route: Route, invalid: str = "") -> Request:
    """An HTTP request for a route: valid, or with `invalid` (a path parameter) refused."""
    params = {p.name: p for p in operation.params}
    binding = http_binding(operation, route)
    path = route.path.replace("+}", "}")
    for name in route.path_params:
        value = ast.literal_eval(params[name].invalid) if name == invalid else example(params[name])
        path = path.replace("{" + name + "}", _text(value))
    query = {n: _text(example(params[n])) for n in binding.query if params[n].required}
    body: object = None
    if len(binding.body) == 1:
        value = example(params[binding.body[0]])
        body = {} if not params[binding.body[0]].portable else value
    elif binding.body:
        body = {n: example(params[n]) for n in binding.body}
    elif operation.http_body:
        body = {"example": "value"}
    method = "POST" if route.method == "ANY" else route.method
    return Request(operation.name, method, path, route.path, query, body)


def invalid_request(plan: ServicePlan) -> Request | None:
    """A request the HTTP handler must refuse with 400: a bad path parameter, else a body
    that is not JSON."""
    for operation in plan.by_kind(HTTP):
        for route in operation.routes:
            params = {p.name: p for p in operation.params}
            for name in route.path_params:  # a path is text: only a typed parameter can refuse one
                if params[name].invalid is not None and params[name].annotation.split(" | ")[0] not in ("str", "Any"):
                    return request(operation, route, invalid=name)
    for operation in plan.by_kind(HTTP):
        for route in operation.routes:
            if route.method in WITH_BODY and (operation.http_body or http_binding(operation, route).body):
                valid = request(operation, route)
                return Request(valid.operation, valid.method, valid.path, valid.route, valid.query, None, "{not json")
    return None


_SAMPLES = {
    "integer": "{base}", "decimal": 'Decimal("12.50")', "float": "1.5", "boolean": "True", "string": "{literal}",
    "datetime": "datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)", "date": "date(2024, 1, 2)",
    "time": "time(3, 4, 5)", "uuid": "UUID(int={base})", "binary": 'b"bytes"',
    "json": '{{"tags": ["a", "b"], "count": 2, "ratio": 1.5}}',
}
_KEY_SAMPLES = {
    "integer": "seed", "string": '{literal} + f"-{{seed}}"', "uuid": "UUID(int=seed)", "decimal": "Decimal(seed)",
    "float": "float(seed)", "boolean": "seed % 2 == 1",
    "datetime": "datetime(2024, 1, 2, tzinfo=timezone.utc) + timedelta(seconds=seed)",
    "date": "date(2024, 1, 1) + timedelta(days=seed)", "binary": 'str(seed).encode()',
}


def sample_item(table: Table) -> str:
    """Python source of a dict with a value for every field; `seed` makes the key unique."""
    parts = []
    for position, attribute in enumerate(table.attributes):
        if attribute.name in table.key:
            template = _KEY_SAMPLES.get(attribute.type, '{literal} + f"-{{seed}}"')
        else:
            template = _SAMPLES.get(attribute.type, "{literal}")
        value = template.format(literal=python_literal(attribute.name), base=100 + position)
        parts.append(f"{python_literal(attribute.name)}: {value}")
    return "{\n        " + ",\n        ".join(parts) + ",\n    }"


def key_arguments(table: Table, item: str) -> str:
    """`id=item["id"]`: the key of a sample item, as keyword arguments of get/delete."""
    return ", ".join(f"{ident}={item}[{python_literal(name)}]" for name, ident, _ in key_params(table))


_PY_TYPES = {"integer": "int", "decimal": "decimal.Decimal", "float": "float", "boolean": "bool", "string": "str",
             "datetime": "datetime.datetime", "date": "datetime.date", "time": "datetime.time", "uuid": "uuid.UUID",
             "binary": "bytes"}


def field_param(table: Table, name: str) -> tuple[str, str]:
    ident = identifier(name)
    ident = f"{ident}_" if ident in ("self",) else ident
    return ident, _PY_TYPES.get(table.attribute(name).type, "Any")


def key_params(table: Table) -> list[tuple[str, str, str]]:
    return [(name, *field_param(table, name)) for name in table.key]


_KINDS = {"int": "integer", "str": "string", "bool": "boolean"}  # compare equal however DynamoDB returns them


def shared_fields(operation: Operation, table: Table) -> list[str]:
    """Parameters that are also non-key fields of the entity, with the same type: what a port
    would most plainly store (the generated tests' stand-in for the port stores them)."""
    fields = {a.name: a.type for a in table.attributes if a.name not in table.key}
    return [p.name for p in operation.params
            if p.required and p.name in fields and fields[p.name] == _KINDS.get(p.annotation.removesuffix(" | None"))]
