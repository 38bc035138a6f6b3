"""What crosses the proposed boundaries: interfaces between services, who owns
which entity, shared writes and dependency cycles."""

from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from migrate_kit.model.boundaries import ASYNC, SYNC, Conflict, Interface


def interfaces(graph: nx.MultiDiGraph, owner: dict[str, str], service_of: dict[str, str]) -> list[Interface]:
    """Every call from one service to a function of another, grouped by that function.
    Async when every call site ignores the result or goes through a task queue."""
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") != "call":
            continue
        a, b = service_of.get(owner.get(u, "")), service_of.get(owner.get(v, ""))
        if a and b and a != b:
            grouped[(a, b, v)].append(data)
    found = []
    for (source, target_service, target), edges in sorted(grouped.items()):
        sites = sorted({s for e in edges for s in e.get("sites", ())}, key=_site_order)
        style = ASYNC if all(e.get("async") for e in edges) else SYNC
        found.append(Interface(source, target_service, target, style, tuple(sites)))
    return found


def _site_order(site: str) -> tuple[str, int]:
    path, _, line = site.rpartition(":")
    return (path, int(line)) if line.isdigit() else (site, 0)


def entity_owners(graph: nx.MultiDiGraph, owner: dict[str, str], service_of: dict[str, str]) -> dict[str, str]:
    """Each entity's owner: the service that defines it, if that service writes it or
    nobody does; else the service that writes it at most sites (ties by name)."""
    writes: dict[str, Counter] = defaultdict(Counter)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "data_write":
            service = service_of.get(owner.get(u, ""))
            if service:
                writes[v][service] += int(data.get("count", 1))
    owners = {}
    for entity, attributes in sorted(graph.nodes(data=True)):
        if attributes.get("kind") != "entity":
            continue
        home = service_of.get(owner.get(entity, ""))
        counts = writes.get(entity)
        if home and (not counts or home in counts):
            owners[entity] = home
        elif counts:
            best = max(counts.values())
            owners[entity] = sorted(s for s, c in counts.items() if c == best)[0]
    return owners


def shared_writes(graph: nx.MultiDiGraph, owner: dict[str, str], service_of: dict[str, str]) -> list[Conflict]:
    writers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "data_write":
            service = service_of.get(owner.get(u, ""))
            if service:
                writers[v][service].add(u)
    conflicts = []
    for entity, by_service in sorted(writers.items()):
        if len(by_service) > 1:
            functions = tuple(f"{s}: {f}" for s in sorted(by_service) for f in sorted(by_service[s]))
            conflicts.append(Conflict("shared_write", tuple(sorted(by_service)), entity=entity, writers=functions))
    return conflicts


def cycles(found: list[Interface]) -> list[Conflict]:
    """Cycles between services, each with the edges that would break it: cut the
    dependency with the fewest call sites on a cycle until none is left."""
    weight: Counter = Counter()
    for interface in found:
        weight[(interface.source, interface.target_service)] += len(interface.call_sites)
    graph = nx.DiGraph()
    for (a, b), sites in sorted(weight.items()):
        graph.add_edge(a, b, sites=sites)
    conflicts = []
    for component in sorted((sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1)):
        sub = nx.DiGraph(graph.subgraph(component))
        cut = []
        while True:
            try:
                cycle = nx.find_cycle(sub)
            except nx.NetworkXNoCycle:
                break
            a, b = min(((u, v) for u, v in cycle), key=lambda e: (sub.edges[e]["sites"], e))
            cut.append((a, b, sub.edges[a, b]["sites"]))
            sub.remove_edge(a, b)
        cut.sort(key=lambda e: (e[2], e[0], e[1]))
        conflicts.append(Conflict("cycle", tuple(component), break_edges=tuple(cut)))
    return conflicts
