"""Facts and resolved calls to one networkx graph (design.md section 4), and
the PyCG-style call graph view of it."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from migrate_kit.model.facts import CLASS, COMPREHENSION, MODULE, FileFacts
from migrate_kit.resolve import CallSite, Resolution

BUILTIN_PREFIX = "<builtin>."


def build_graph(resolution: Resolution) -> nx.MultiDiGraph:
    """Modules, classes, functions and the externals they use; edges keyed by kind."""
    graph = nx.MultiDiGraph()
    files = resolution.program.files
    for facts in files:
        _add_definitions(graph, facts)
    for facts in files:
        _add_imports(graph, facts, resolution)
    _add_inheritance(graph, resolution)
    _add_calls(graph, resolution.calls)
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
        submodule = f"{fact.module}.{fact.name}" if fact.name else None
        target = submodule if submodule in program.modules else fact.module
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
            **{"async": all(c.is_async for c in group)},
        )
