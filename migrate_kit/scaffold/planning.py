"""From the proposal, the graph and ROOT to one `ServicePlan` per service: what the
templates render. Pure apart from reading the monolith's sources."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import networkx as nx

from migrate_kit.cluster import crossings
from migrate_kit.cluster.coupling import module_index
from migrate_kit.model.boundaries import ASYNC, Proposal
from migrate_kit.scaffold import entities, functions, operations, sources
from migrate_kit.scaffold.model import MESSAGE, Outbound, Queue, ServicePlan
from migrate_kit.scaffold.naming import camel, env_name, snake
from migrate_kit.scaffold.requirements import requirements


def plan_services(proposal: Proposal, graph: nx.MultiDiGraph, root: Path) -> tuple[tuple[ServicePlan, ...], dict[str, str]]:
    """Every service's plan, and the sources to copy (path -> text)."""
    owner = module_index(graph)
    service_of = {m: s.name for s in proposal.services for m in s.modules}
    module_service = {**service_of, **{m: sources.KERNEL for m in proposal.shared_kernel}}
    interfaces = tuple(crossings.interfaces(graph, owner, service_of))
    copied = {s.name: sources.copied_modules(graph, s.name, s.modules, module_service) for s in proposal.services}
    texts = {c.path: sources.read_source(root, c.path) for cs in copied.values() for c in cs}
    trees = {path: _parse(text) for path, text in texts.items()}
    entity_owner = {e: s.name for s in proposal.services for e in s.entities}
    ctx = operations.Context(graph, owner, service_of, entity_owner, interfaces, {}, trees,
                             operations.json_models(graph))
    drafts = {s.name: operations.drafts(ctx, s.name, set(s.modules)) for s in proposal.services}
    op_names = {s: operations.names(list(d), owner) for s, d in drafts.items()}
    client_methods = {q: n for names in op_names.values() for q, n in names.items()}
    ctx = replace(ctx, client_methods=client_methods)
    built = {
        s.name: tuple(sorted(
            (operations.build(ctx, s.name, d, op_names[s.name][q], {c.module for c in copied[s.name]})
             for q, d in drafts[s.name].items()), key=lambda o: o.name))
        for s in proposal.services
    }
    queues = {name: _queues(ops) for name, ops in built.items()}
    conflicts = crossings.shared_writes(graph, owner, service_of) + crossings.cycles(list(interfaces))
    plans = []
    for service in proposal.services:
        plans.append(_plan(service, graph, root, copied[service.name], trees, built, queues, interfaces,
                           client_methods, conflicts))
    return tuple(plans), texts


def _parse(text: str) -> ast.Module:
    try:
        return ast.parse(text)
    except SyntaxError:
        return ast.Module(body=[], type_ignores=[])


def _queues(ops: tuple) -> tuple[Queue, ...]:
    return tuple(Queue(o.name, o.message_type, f"{camel(o.name)}Queue", f"{camel(o.name)}DeadLetterQueue",
                       f"{camel(o.name)}Queue") for o in ops if MESSAGE in o.kinds)


def _plan(service, graph, root, copied, trees, built, queues, interfaces, client_methods, conflicts) -> ServicePlan:
    name = service.name
    ops = built[name]
    tables = entities.tables(graph, service.entities)
    called = {call.target for o in ops for call in o.calls}
    every_outbound = _outbound(name, interfaces, built, queues, client_methods)
    outbound = tuple(o for o in every_outbound if o.target in called)  # a client for what an operation calls
    package = _package(name, copied)
    idempotency = any(MESSAGE in o.kinds and o.writes for o in ops)
    made = functions.functions(package, ops, tables, queues[name], outbound, idempotency)
    imports = {str(graph.nodes[t].get("package") or t) for c in copied for t in sources.runtime_imports(graph, c.module)
               if graph.nodes[t].get("kind") == "external"}
    copied_env = sorted({pair for c in copied for pair in sources.environment_reads(trees[c.path], c.path)})
    return ServicePlan(
        name=name,
        package=package,
        confidence=service.confidence,
        modules=service.modules,
        copied=copied,
        tables=tables,
        operations=ops,
        queues=queues[name],
        outbound=outbound,
        inbound=tuple(sorted({(i.source, i.target, i.style) for i in interfaces if i.target_service == name})),
        functions=made,
        stack_parameters=tuple(sorted({(o.stack_parameter, o.service) for o in outbound})),
        requirements=requirements(imports, root),
        idempotency=idempotency,
        conflicts=tuple(_conflict_lines(name, conflicts)),
        copied_env=tuple(copied_env),
        foreign_imports=sources.foreign_imports(graph, copied),
        unreached_calls=tuple(o for o in every_outbound if o.target not in called),
        warnings=tuple(_warnings(name, ops, tables)),
    )


def _package(name: str, copied) -> str:
    taken = {c.module.split(".")[0] for c in copied}
    package = f"{snake(name)}_service"
    while package in taken:
        package = f"{package}_app"
    return package


def _outbound(name, interfaces, built, queues, client_methods) -> tuple[Outbound, ...]:
    found = []
    for interface in interfaces:
        if interface.source != name:
            continue
        target_ops = {o.qualname: o for o in built.get(interface.target_service, ())}
        operation = target_ops.get(interface.target)
        if operation is None:
            continue
        method = client_methods[interface.target]
        is_async = interface.style == ASYNC
        queue = next((q for q in queues[interface.target_service] if q.operation == method), None)
        found.append(Outbound(
            service=interface.target_service, target=interface.target, style=interface.style, method=method,
            client=operations.client_class(interface.target_service), params=operation.params,
            accepts_extra=operation.accepts_extra, call_sites=interface.call_sites,
            env=env_name(interface.target_service, method, "queue_url") if is_async
            else env_name(interface.target_service, "function_name"),
            stack_parameter=f"{camel(interface.target_service)}StackName",
            export=queue.export if (is_async and queue) else "InternalFunction",
        ))
    return tuple(sorted(found, key=lambda o: (o.service, o.method)))


def _conflict_lines(name: str, conflicts) -> list[str]:
    lines = []
    for conflict in conflicts:
        if name not in conflict.services:
            continue
        others = ", ".join(s for s in conflict.services if s != name)
        if conflict.kind == "shared_write":
            lines.append(f"`{conflict.entity}` is also written by {others}: one service must own it, "
                         "the others go through its interface")
        else:
            cut = "; ".join(f"{a} -> {b} ({n} call site{'s' if n != 1 else ''})" for a, b, n in conflict.break_edges)
            lines.append(f"in a dependency cycle with {others}; cutting {cut} would break it")
    return lines


def _warnings(name: str, ops, tables) -> list[str]:
    found = []
    for table in tables:
        if table.key_assumed:
            found.append(f"{name}: `{table.entity}` has no known primary key; its table uses a string `id`")
    return found
