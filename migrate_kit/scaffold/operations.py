"""A service's operations: its entry points and the functions other services call, each with
its parameters, what it reads and writes, the calls that now cross services, and whether
the copied original can run as it is (then the operation delegates to it)."""

from __future__ import annotations

import ast
from collections import deque
from dataclasses import dataclass, replace

import networkx as nx

from migrate_kit.model.boundaries import ASYNC, Interface
from migrate_kit.scaffold import signatures
from migrate_kit.scaffold.model import COMMAND, HTTP, INVOKE, MESSAGE, ClientCall, DataSite, Operation, Param, Route
from migrate_kit.scaffold.naming import identifier, short_name, snake, unique
from migrate_kit.scaffold.requirements import third_party
from migrate_kit.scaffold.routes import WITH_BODY, route
from migrate_kit.scaffold.sources import modules, runtime_imports


@dataclass(frozen=True)
class Context:
    """The whole program, seen from one service."""

    graph: nx.MultiDiGraph
    owner: dict[str, str]  # node -> module
    service_of: dict[str, str]  # module -> service (kernel modules absent)
    entity_owner: dict[str, str]  # entity -> owning service
    interfaces: tuple[Interface, ...]
    client_methods: dict[str, str]  # target function -> operation name in its service
    trees: dict[str, ast.Module]  # path -> parsed source (copied modules only)
    json_models: frozenset[str] = frozenset()  # short names of request models (pydantic, TypedDict)


@dataclass
class _Draft:
    qualname: str
    kinds: set[str]
    routes: list[tuple[Route, dict[str, str]]]
    command: str = ""


def drafts(ctx: Context, service: str, own: set[str]) -> dict[str, _Draft]:
    """Every function of the service that is an entry point or an interface target."""
    found: dict[str, _Draft] = {}
    seen_routes: set[tuple[str, str]] = set()
    for node, data in sorted(ctx.graph.nodes(data=True)):
        if data.get("kind") != "function" or ctx.owner.get(node) not in own:
            continue
        for entry in _entries(data):
            draft = found.setdefault(node, _Draft(node, set(), []))
            kind = entry.get("kind")
            if kind == "http":
                made = route(entry.get("method"), str(entry.get("path") or "/"), str(entry.get("framework") or ""))
                if (made[0].method, made[0].path) not in seen_routes:
                    seen_routes.add((made[0].method, made[0].path))
                    draft.routes.append(made)
                    draft.kinds.add(HTTP)
            elif kind == "task":
                draft.kinds.add(MESSAGE)
            elif kind == "cli":
                draft.kinds.add(COMMAND)
                draft.command = str(entry.get("path") or node.rpartition(".")[2])
    for interface in ctx.interfaces:
        if interface.target_service == service:
            draft = found.setdefault(interface.target, _Draft(interface.target, set(), []))
            draft.kinds.add(MESSAGE if interface.style == ASYNC else INVOKE)
    return {q: d for q, d in found.items() if d.kinds}


def _entries(data: dict) -> list[dict]:
    entries = data.get("entries")
    if isinstance(entries, list) and entries:
        return [e for e in entries if isinstance(e, dict)]
    return [data["entry"]] if isinstance(data.get("entry"), dict) else []


def names(qualnames: list[str], owner: dict[str, str]) -> dict[str, str]:
    def candidates(qualname: str) -> list[str]:
        module = owner.get(qualname, qualname.rpartition(".")[0])
        short = short_name(qualname, module)
        return [identifier(short), identifier(f"{module.rpartition('.')[2]}_{short}"), identifier(snake(qualname))]

    return unique(qualnames, candidates)


def build(ctx: Context, service: str, draft: _Draft, name: str, copied: set[str]) -> Operation:
    data = ctx.graph.nodes[draft.qualname] if draft.qualname in ctx.graph else {}
    module = ctx.owner.get(draft.qualname, draft.qualname.rpartition(".")[0])
    method = _is_method(ctx.graph, draft.qualname, module)
    django_view = any(r.framework == "django" for r, _ in draft.routes)
    found = _signature(ctx, draft.qualname, module, data, method, django_view)
    params = _params(ctx, draft, found)
    routes = tuple(r for r, _ in draft.routes)
    reached = reach(ctx, draft.qualname, copied)
    sites, calls = _sites(ctx, service, reached), _calls(ctx, service, reached)
    writes = sorted({s.entity for s in sites if s.owner == service and s.access == "write"})
    reads = sorted({s.entity for s in sites if s.owner == service} - set(writes))
    operation = Operation(
        name=name, qualname=draft.qualname, path=str(data.get("path", "")), line=int(data.get("line", 0) or 0),
        doc=found.doc or str(data.get("doc") or "").strip().split("\n")[0], params=tuple(params),
        accepts_extra=found.accepts_extra or not found.found, routes=routes,
        http_body=_reads_its_own_body(routes, params),
        message=MESSAGE in draft.kinds, invoke=INVOKE in draft.kinds, command=draft.command,
        writes=tuple(writes), reads=tuple(reads), data_sites=tuple(sites), calls=tuple(calls),
        kinds=tuple(k for k in (HTTP, MESSAGE, INVOKE, COMMAND) if k in draft.kinds),
    )
    why = _why_not_delegated(ctx, operation, module, method, found, reached, copied)
    if why:
        return replace(operation, not_delegated_because=why)
    return replace(operation, delegate_module=module, delegate_attribute=draft.qualname.rpartition(".")[2])


def _params(ctx: Context, draft: _Draft, found: signatures.Signature) -> list[Param]:
    """The signature's parameters, typed by the routes' converters where the signature is not,
    plus path parameters the signature does not name."""
    params = list(found.params)
    for _, types in draft.routes:
        params = [replace(p, annotation=types[p.name], example=_example(types[p.name]), invalid="'not-a-number'")
                  if p.name in types and p.annotation == "Any" else p for p in params]
    for route_, types in draft.routes:
        for name in route_.path_params:
            if name not in {p.name for p in params}:
                kind = types.get(name, "str")
                params.append(Param(name, kind, True, "", True, _example(kind),
                                    "'not-a-number'" if kind != "str" else None))
    return [_json_model(ctx, p) for p in params]


def _reads_its_own_body(routes: tuple[Route, ...], params: list[Param]) -> bool:
    """A route with a body that no parameter takes: the original read it itself (Flask, Django)."""
    return "body" not in {p.name for p in params} and any(
        r.method in WITH_BODY and not any(signatures.for_http(p, r.path_params, True).http_source == "body"
                                          for p in params)
        for r in routes)


_JSON_BASES = ("pydantic.BaseModel", "pydantic.main.BaseModel", "typing.TypedDict", "typing_extensions.TypedDict")


def _json_model(ctx: Context, param: Param) -> Param:
    """A parameter typed by a request model of the monolith (a pydantic model, a TypedDict) is a
    JSON object, not an object of the monolith: it travels as it is."""
    if param.portable or not param.original:
        return param
    name = param.original.split("[")[0].split(".")[-1].strip("'\" ")
    if name not in ctx.json_models:
        return param
    annotation = "dict[str, Any] | None" if param.annotation.endswith("| None") else "dict[str, Any]"
    return replace(param, annotation=annotation, portable=True, example="{'key': 'value'}", invalid="'not-an-object'")


def json_models(graph: nx.MultiDiGraph) -> frozenset[str]:
    """Classes that are JSON objects on the wire: they inherit, at any depth, a pydantic model
    or a TypedDict."""
    inherits = nx.DiGraph((u, v) for u, v, k in graph.edges(keys=True) if k == "inherit")
    return frozenset(n.rpartition(".")[2] for n in inherits
                     if any(b in _JSON_BASES for b in nx.descendants(inherits, n)))


def _example(kind: str) -> str:
    return {"int": "7", "float": "1.5"}.get(kind, "'example'")


def _is_method(graph: nx.MultiDiGraph, qualname: str, module: str) -> bool:
    parent = qualname.rpartition(".")[0]
    return parent != module and graph.nodes.get(parent, {}).get("kind") == "class"


def _signature(ctx: Context, qualname: str, module: str, data: dict, method: bool,
               django_view: bool) -> signatures.Signature:
    tree = ctx.trees.get(str(data.get("path", "")))
    if tree is None:
        return signatures.MISSING
    function = signatures.find_function(tree, qualname[len(module) + 1:], int(data.get("line", 0) or 0))
    return signatures.signature(function, method, django_view) if function is not None else signatures.MISSING


def reach(ctx: Context, start: str, copied: set[str]) -> list[str]:
    """Functions the original runs, following calls through code copied into the service;
    a call into another service stops there (it is a client call now)."""
    seen, queue = {start}, deque([start])
    while queue:
        node = queue.popleft()
        for _, callee, key in ctx.graph.out_edges(node, keys=True):
            if key != "call" or callee in seen or ctx.graph.nodes[callee].get("kind") == "external":
                continue
            if ctx.owner.get(callee) in copied:
                seen.add(callee)
                queue.append(callee)
    return sorted(seen)


def _sites(ctx: Context, service: str, reached: list[str]) -> list[DataSite]:
    found = []
    for node in reached:
        for _, entity, key, data in ctx.graph.out_edges(node, keys=True, data=True):
            if key in ("data_read", "data_write"):
                how = ", ".join(data.get("how") or []) if isinstance(data.get("how"), list) else str(data.get("how") or "")
                for site in data.get("sites") or [f"{ctx.graph.nodes[node].get('path', '?')}:?"]:
                    found.append(DataSite(site, node, entity, key.removeprefix("data_"), how,
                                          ctx.entity_owner.get(entity, "")))
    return sorted(set(found), key=lambda s: (_site_key(s.site), s.entity, s.access))


def _calls(ctx: Context, service: str, reached: list[str]) -> list[ClientCall]:
    crossing = {(i.source, i.target): i for i in ctx.interfaces}
    found = set()
    for node in reached:
        for _, callee, key, data in ctx.graph.out_edges(node, keys=True, data=True):
            interface = crossing.get((service, callee)) if key == "call" else None
            if interface is None or ctx.service_of.get(ctx.owner.get(callee, "")) == service:
                continue
            client = f"{client_class(interface.target_service)}.{ctx.client_methods.get(callee, '?')}"
            for site in data.get("sites") or ["?"]:
                found.add(ClientCall(site, callee, interface.target_service, interface.style, client))
    return sorted(found, key=lambda c: (_site_key(c.site), c.target))


def client_class(service: str) -> str:
    return "".join(w.capitalize() for w in service.split("-")) + "Client"


def _site_key(site: str) -> tuple[str, int]:
    path, _, line = site.rpartition(":")
    return (path, int(line)) if line.isdigit() else (site, 0)


def _why_not_delegated(ctx: Context, op: Operation, module: str, method: bool, found: signatures.Signature,
                       reached: list[str], copied: set[str]) -> str:
    """Why the copied original cannot run as it is in the service ("" when it can)."""
    if not found.found:
        return "its source was not found in ROOT"
    if method:
        return f"it is a method of `{op.qualname.rpartition('.')[0]}`: the port decides how to get the instance"
    if op.qualname != f"{module}.{op.qualname.rpartition('.')[2]}":
        return "it is a nested function"
    if found.is_async:
        return "it is a coroutine"
    for param in op.params:
        if not param.portable:
            return f"it takes `{param.name}: {param.original}`, an object of the monolith: send its key instead"
    if op.data_sites:
        site = op.data_sites[0]
        return f"it {site.access}s `{site.entity}` through the old ORM or SQL ({site.site}: {site.how})"
    if op.calls:
        call = op.calls[0]
        return f"it calls `{call.target}` of {call.service} ({call.site}): port it through `{call.client}`"
    problem = _import_problem(ctx, {module} | {ctx.owner[n] for n in reached if n in ctx.owner}, copied)
    return problem


def _import_problem(ctx: Context, start: set[str], copied: set[str]) -> str:
    """Why importing these modules would fail in the service: a module that is not copied,
    or a package outside the standard library (the generated tests run without them)."""
    known = modules(ctx.graph)
    pending, seen = sorted(_with_parents(start, known)), set()
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        if module not in copied:
            return f"it needs `{module}`, which belongs to {ctx.service_of.get(module, 'another service')}"
        imports = runtime_imports(ctx.graph, module)
        externals = sorted(third_party({str(ctx.graph.nodes[t].get("package") or t) for t in imports
                                        if ctx.graph.nodes[t].get("kind") == "external"}))
        if externals:
            return f"`{module}` imports `{externals[0]}`, which the service's tests do not install"
        pending.extend(sorted(_with_parents({t for t in imports if t in known}, known) - seen))
    return ""


def _with_parents(found: set[str], known: dict) -> set[str]:
    out = set()
    for module in found:
        parts = module.split(".")
        out |= {".".join(parts[:d]) for d in range(1, len(parts) + 1) if ".".join(parts[:d]) in known}
    return out
