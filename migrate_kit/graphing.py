"""Facts and resolved calls to one networkx graph (design.md section 4), and
the PyCG-style call graph view of it."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from migrate_kit.model.data import DataFacts
from migrate_kit.model.facts import CLASS, COMPREHENSION, MODULE, FileFacts
from migrate_kit.resolve import CallSite, Resolution
from migrate_kit.resolve.program import submodule

BUILTIN_PREFIX = "<builtin>."


def build_graph(resolution: Resolution, data: DataFacts | None = None) -> nx.MultiDiGraph:
    """Modules, classes, functions, data entities and the externals they use; edges keyed by kind."""
    graph = nx.MultiDiGraph()
    files = resolution.program.files
    for facts in files:
        _add_definitions(graph, facts)
    for facts in files:
        _add_imports(graph, facts, resolution)
    _add_inheritance(graph, resolution)
    _add_calls(graph, resolution.calls)
    if data is not None:
        _add_data(graph, data)
    return graph


def callgraph(resolution: Resolution) -> dict[str, list[str]]:
    """`{caller: [callee, ...]}` with every scope under ROOT as a key, all sorted."""
    edges: dict[str, set[str]] = {}
    for facts in resolution.program.files:
        for scope in facts.scopes:
            if scope.kind != COMPREHENSION:
                edges.setdefault(scope.qualname, set())
    for call in resolution.calls:
        edges.setdefault(call.caller, set()).add(call.callee)
    return {caller: sorted(callees) for caller, callees in sorted(edges.items())}


def _add_definitions(graph: nx.MultiDiGraph, facts: FileFacts) -> None:
    for index, scope in enumerate(facts.scopes):
        if scope.kind == COMPREHENSION:
            continue
        kind = "module" if scope.kind == MODULE else "class" if scope.kind == CLASS else "function"
        attributes = {"kind": kind, "path": facts.path, "line": scope.line, "module": facts.module}
        if kind == "module":
            attributes["loc"] = facts.lines_of_code
        if scope.doc:
            attributes["doc"] = scope.doc
        graph.add_node(scope.qualname, **attributes)
        if index > 0:
            parent = facts.scopes[scope.parent]
            while parent.kind == COMPREHENSION:
                parent = facts.scopes[parent.parent]
            graph.add_edge(parent.qualname, scope.qualname, key="contains", kind="contains", count=1)


def _add_imports(graph: nx.MultiDiGraph, facts: FileFacts, resolution: Resolution) -> None:
    program = resolution.program
    counts: dict[str, list[bool]] = defaultdict(list)
    for fact in facts.imports:
        inner = submodule(fact.module, fact.name) if fact.name else None
        target = inner if inner in program.modules else fact.module
        if target not in program.packages:
            target = fact.module  # external: by the module's import name
        elif target not in program.modules:
            continue  # a folder without __init__.py: nothing to depend on
        if target != facts.module:
            counts[target].append(fact.type_only)
    for target, type_only in sorted(counts.items()):
        if target not in graph:
            graph.add_node(target, kind="external", package=target.split(".", 1)[0])
        graph.add_edge(
            facts.module, target, key="import", kind="import", count=len(type_only), type_only=all(type_only)
        )


def _add_inheritance(graph: nx.MultiDiGraph, resolution: Resolution) -> None:
    for qualname, refs in sorted(resolution.program.scopes.items()):
        if resolution.program.scope(refs[0]).kind != CLASS:
            continue
        for kind, base in resolution.direct_bases(qualname):
            if kind in ("builtin", "extresult"):
                continue
            if kind == "ext" and base not in graph:
                graph.add_node(base, kind="external", package=base.split(".", 1)[0])
            graph.add_edge(qualname, base, key="inherit", kind="inherit", count=1)


def _add_calls(graph: nx.MultiDiGraph, calls: tuple[CallSite, ...]) -> None:
    sites: dict[tuple[str, str], list[CallSite]] = defaultdict(list)
    for call in calls:
        if call.callee.startswith(BUILTIN_PREFIX) or call.caller not in graph:
            continue
        sites[(call.caller, call.callee)].append(call)
    for (caller, callee), group in sorted(sites.items()):
        if callee not in graph:
            graph.add_node(callee, kind="external", package=callee.split(".", 1)[0])
        graph.add_edge(
            caller,
            callee,
            key="call",
            kind="call",
            count=len(group),
            sites=[f"{path}:{line}" for path, line in sorted({(c.path, c.line) for c in group})],
            callback=all(c.is_callback for c in group),
            **{"async": all(c.is_async for c in group)},
        )


def _add_data(graph: nx.MultiDiGraph, data: DataFacts) -> None:
    for entity in data.entities:
        graph.add_node(
            entity.name, kind="entity", table=entity.table, framework=entity.framework,
            path=entity.path, line=entity.line,
            fields=[
                {"name": f.name, "type": f.type, "primary_key": f.primary_key,
                 "foreign_key": f.foreign_key or None, "nullable": f.nullable}
                for f in entity.fields
            ],
        )
    accesses: dict[tuple[str, str, str], list] = defaultdict(list)
    for access in data.accesses:
        if access.scope in graph:
            accesses[(access.scope, access.entity, access.kind)].append(access)
    for (scope, entity, kind), group in sorted(accesses.items()):
        key = f"data_{kind}"
        graph.add_edge(
            scope, entity, key=key, kind=key, count=len(group),
            sites=[f"{path}:{line}" for path, line in sorted({(a.path, a.line) for a in group})],
            how=sorted({a.how for a in group}),
            uncertain=not any(a.certain for a in group),
        )
    for relation in data.relations:
        graph.add_edge(
            relation.source, relation.target, key=f"relation:{relation.field}", kind="relation",
            count=1, relation=relation.kind, field=relation.field,
        )
    entries: dict[str, list] = defaultdict(list)
    for entry in data.entries:
        if entry.function in graph:
            entries[entry.function].append(
                {"kind": entry.kind, "method": entry.method, "path": entry.path, "framework": entry.framework}
            )
    for function, found in entries.items():
        graph.nodes[function]["entry"] = found[0]
        if len(found) > 1:
            graph.nodes[function]["entries"] = found
