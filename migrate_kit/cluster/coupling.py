"""The module-level coupling graph that clustering cuts.

Built from the full dependency graph (the shape of graph.json), so it works for
graphs made elsewhere too. Weights, and why:

- CALL: 1 + log2(call sites) per (calling function, called function) pair. Calls
  are the main evidence of collaboration; the logarithm keeps one chatty pair
  from outweighing many distinct collaborations. A call through a parameter (a
  decorator's wrapper calling the function it wraps, a callback) counts nothing:
  whoever passed the function depends on the caller, not the other way round.
- IMPORT: 0.5 per importing module (0.1 when only under TYPE_CHECKING): an import
  that is never called is a weaker tie than a call.
- INHERIT: 1.5 per (subclass, base class) pair: subclasses extend their base's
  behaviour and usually change with it.
- Data affinity, per entity: WRITE_OWNER 3.0 between a module that writes it and
  the module that defines it, WRITE_PAIR 3.0 between two modules that write it,
  READ 0.75 between a module that only reads it and its owner (or its writers
  when no module defines it, as for tables known only from SQL). Under the
  database-per-service rule, whoever writes a table has to live with it, so
  sharing writes binds modules far more than calling each other does; reads can
  go through an API and bind less.
  Accesses made by methods a model inherits (a base class's `save` on `self`)
  count as the model's own and tie nothing.
- RELATION: 1.0 between the modules defining two entities joined by a foreign key.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx

CALL = 1.0
IMPORT = 0.5
IMPORT_TYPE_ONLY = 0.1
INHERIT = 1.5
WRITE_OWNER = 3.0
WRITE_PAIR = 3.0
READ = 0.75
RELATION = 1.0


def module_index(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The module each node belongs to: its `module` attribute, else the module that
    contains it, else the longest module name its id starts with."""
    modules = {n for n, d in graph.nodes(data=True) if d.get("kind") == "module"}
    owner: dict[str, str] = {m: m for m in modules}
    for node, data in graph.nodes(data=True):
        if node in owner or data.get("kind") == "external":
            continue
        module = data.get("module")
        if module in modules:
            owner[node] = module
            continue
        owner_found = _container_module(graph, node, modules) or _prefix_module(node, modules)
        if owner_found:
            owner[node] = owner_found
    return owner


def _container_module(graph: nx.MultiDiGraph, node: str, modules: set[str]) -> str | None:
    seen = set()
    current = node
    while current not in modules and current not in seen:
        seen.add(current)
        parents = [u for u, _, k in graph.in_edges(current, keys=True) if k == "contains"]
        if not parents:
            return None
        current = sorted(parents)[0]
    return current if current in modules else None


def _prefix_module(node: str, modules: set[str]) -> str | None:
    parts = node.split(".")
    for length in range(len(parts) - 1, 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in modules:
            return candidate
    return None


def coupling_graph(graph: nx.MultiDiGraph, owner: dict[str, str]) -> nx.Graph:
    """Undirected, weighted module graph; every module is a node, even with no edges."""
    weights: dict[tuple[str, str], float] = defaultdict(float)

    def tie(a: str | None, b: str | None, weight: float) -> None:
        if a and b and a != b:
            weights[(a, b) if a < b else (b, a)] += weight

    writers: dict[str, set[str]] = defaultdict(set)
    readers: dict[str, set[str]] = defaultdict(set)
    inherited = _inherited_by(graph)
    for u, v, data in graph.edges(data=True):
        kind = data.get("kind")
        a, b = owner.get(u), owner.get(v)
        if kind == "call":
            if not data.get("callback"):
                tie(a, b, CALL * (1 + math.log2(max(int(data.get("count", 1)), 1))))
        elif kind == "import":
            tie(a, b, IMPORT_TYPE_ONLY if data.get("type_only") else IMPORT)
        elif kind == "inherit":
            tie(a, b, INHERIT)
        elif kind in ("data_write", "data_read") and a and not _own_class_code(graph, u, v, inherited):
            (writers if kind == "data_write" else readers)[v].add(a)
        elif kind == "relation":
            tie(a, b, RELATION)
    for entity in sorted(set(writers) | set(readers)):
        home = owner.get(entity)
        for writer in sorted(writers[entity]):
            tie(writer, home, WRITE_OWNER)
        for first, second in combinations(sorted(writers[entity]), 2):
            tie(first, second, WRITE_PAIR)
        for reader in sorted(readers[entity] - writers[entity]):
            if home:
                tie(reader, home, READ)
            else:
                for writer in sorted(writers[entity]):
                    tie(reader, writer, READ)
    coupling = nx.Graph()
    coupling.add_nodes_from(sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "module"))
    for (a, b), weight in sorted(weights.items()):
        coupling.add_edge(a, b, weight=weight)
    return coupling


def dependencies(graph: nx.MultiDiGraph, owner: dict[str, str]) -> dict[str, set[str]]:
    """Directed module dependencies (calls, imports, inheritance): module -> modules it uses."""
    uses: dict[str, set[str]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") in ("call", "import", "inherit") and not data.get("callback"):
            a, b = owner.get(u), owner.get(v)
            if a and b and a != b:
                uses[a].add(b)
    return uses


def _inherited_by(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Each class -> every class it inherits from (transitively)."""
    bases: dict[str, set[str]] = defaultdict(set)
    for u, v, key in graph.edges(keys=True):
        if key == "inherit":
            bases[u].add(v)
    closure: dict[str, set[str]] = {}
    for cls in sorted(bases):
        seen, todo = set(), list(bases[cls])
        while todo:
            base = todo.pop()
            if base not in seen:
                seen.add(base)
                todo.extend(bases.get(base, ()))
        closure[cls] = seen
    return closure


def _own_class_code(graph: nx.MultiDiGraph, scope: str, entity: str, inherited: dict[str, set[str]]) -> bool:
    """A method of a base class writing `self` (an inherited `save()`): the entity's
    own code at run time, not a tie between the base's module and the entity's."""
    parents = [u for u, _, k in graph.in_edges(scope, keys=True) if k == "contains"]
    return any(p in inherited.get(entity, ()) for p in parents)


def data_anchors(graph: nx.MultiDiGraph, owner: dict[str, str]) -> dict[str, set[str]]:
    """Module defining an entity -> the modules that write it: a models module belongs
    with the code that writes its tables, however many others read them."""
    anchors: dict[str, set[str]] = defaultdict(set)
    inherited = _inherited_by(graph)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "data_write" and not _own_class_code(graph, u, v, inherited):
            home, writer = owner.get(v), owner.get(u)
            if home and writer and home != writer:
                anchors[home].add(writer)
    return anchors


PACKAGE = 1.0


def packages(modules) -> dict[str, str]:
    """Each module's package: itself for a package's own module (`pkg` for
    pkg/__init__.py), else the package it is in."""
    parents = {m.rsplit(".", 1)[0] for m in modules if "." in m}
    return {m: m if m in parents else (m.rsplit(".", 1)[0] if "." in m else "") for m in modules}


def add_package_ties(coupling: nx.Graph, exclude: set[str]) -> float:
    """Tie modules of the same package, as far as the dependencies agree with the
    packages: the weight is PACKAGE times the modularity of the package partition on
    the coupling graph (0 when packages are meaningless or everything is in one).
    Returns that agreement."""
    modules = sorted(m for m in coupling if m not in exclude)
    members_of: dict[str, list[str]] = defaultdict(list)
    for module, package in packages(modules).items():
        members_of[package].append(module)
    sub = coupling.subgraph(modules)
    if len(members_of) < 2 or sub.number_of_edges() == 0:
        return 0.0
    agreement = max(0.0, nx.community.modularity(sub, list(members_of.values()), weight="weight"))
    if agreement <= 0:
        return 0.0
    for members in members_of.values():
        for first, second in combinations(members, 2):
            weight = coupling[first][second]["weight"] if coupling.has_edge(first, second) else 0.0
            coupling.add_edge(first, second, weight=weight + PACKAGE * agreement)
    return agreement
