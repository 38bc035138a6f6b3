"""Small dependency graphs in graph.json's shape, with planted services and utilities."""

from __future__ import annotations

import networkx as nx


def module(graph: nx.MultiDiGraph, name: str) -> None:
    graph.add_node(name, kind="module", path=name.replace(".", "/") + ".py", line=1, module=name, loc=10)


def call(graph: nx.MultiDiGraph, caller: str, callee: str, count: int = 1, asynchronous: bool = False) -> None:
    for name in (caller, callee):
        if name not in graph:
            module(graph, name)
    function = f"{callee}.f"
    if function not in graph:
        graph.add_node(function, kind="function", path=callee.replace(".", "/") + ".py", line=2, module=callee)
        graph.add_edge(callee, function, key="contains", kind="contains", count=1)
    sites = [f"{caller.replace('.', '/')}.py:{i}" for i in range(1, count + 1)]
    graph.add_edge(caller, function, key="call", kind="call", count=count, sites=sites, callback=False,
                   **{"async": asynchronous})


def planted(domains: int = 4, size: int = 4, utilities: int = 2) -> nx.MultiDiGraph:
    """`domains` groups of `size` modules calling each other, utilities every module calls,
    and d0.m0 called from one module of every other domain (popular, but at home in d0)."""
    graph = nx.MultiDiGraph()
    for d in range(domains):
        members = [f"app.d{d}.m{i}" for i in range(size)]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                call(graph, a, b, 2)
            for u in range(utilities):
                call(graph, a, f"app.util{u}")
        if d:
            call(graph, members[0], "app.d0.m0")
    return graph
