"""What the graph says about each module: its size, entry points, third-party
imports and data accesses. Pure functions over the graph.json shape."""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from migrate_kit.cluster.coupling import module_index
from migrate_kit.report.view import EntryRow

STDLIB = frozenset(sys.stdlib_module_names)


@dataclass(frozen=True, slots=True)
class Access:
    module: str
    entity: str
    kind: str  # read | write
    how: tuple[str, ...]
    sites: tuple[str, ...]


@dataclass(frozen=True)
class CodeIndex:
    modules: dict[str, dict]  # module -> its node attributes
    entities: dict[str, dict]  # entity -> its node attributes
    entries: dict[str, list[EntryRow]]  # module -> entry points defined in it
    packages: dict[str, set[str]]  # module -> third-party packages it imports
    accesses: list[Access]


def index_code(graph: nx.MultiDiGraph) -> CodeIndex:
    owner = module_index(graph)
    modules = {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "module"}
    entities = {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "entity"}
    return CodeIndex(modules, entities, _entries(graph, owner), _packages(graph, modules), _accesses(graph, owner))


def _entries(graph: nx.MultiDiGraph, owner: dict[str, str]) -> dict[str, list[EntryRow]]:
    found: dict[str, list[EntryRow]] = defaultdict(list)
    for node, data in sorted(graph.nodes(data=True)):
        declared = data.get("entries") or ([data["entry"]] if isinstance(data.get("entry"), dict) else [])
        location = f"{data.get('path', '')}:{data.get('line', '')}" if data.get("path") else ""
        for entry in declared:
            found[owner.get(node, "")].append(EntryRow(
                function=node,
                kind=str(entry.get("kind") or ""),
                method=str(entry.get("method") or ""),
                route=str(entry.get("path") or ""),
                framework=str(entry.get("framework") or ""),
                location=location,
            ))
    return dict(found)


def _packages(graph: nx.MultiDiGraph, modules: dict[str, dict]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for source, target, data in graph.edges(data=True):
        if data.get("kind") != "import" or source not in modules:
            continue
        attributes = graph.nodes[target]
        if attributes.get("kind") == "external":
            package = str(attributes.get("package") or target.split(".", 1)[0])
            if package not in STDLIB:
                found[source].add(package)
    return dict(found)


def _accesses(graph: nx.MultiDiGraph, owner: dict[str, str]) -> list[Access]:
    found = []
    for source, target, data in graph.edges(data=True):
        kind = data.get("kind")
        if kind in ("data_read", "data_write") and source in owner:
            found.append(Access(
                module=owner[source],
                entity=target,
                kind=kind.removeprefix("data_"),
                how=tuple(str(h) for h in data.get("how", ())),
                sites=tuple(str(s) for s in data.get("sites", ())),
            ))
    return sorted(found, key=lambda a: (a.entity, a.module, a.kind, a.sites))


def entry_count(graph: nx.MultiDiGraph) -> int:
    total = 0
    for _, data in graph.nodes(data=True):
        if data.get("entries"):
            total += len(data["entries"])
        elif isinstance(data.get("entry"), dict):
            total += 1
    return total
