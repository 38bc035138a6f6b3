"""Seeded, deterministic community detection on the coupling graph.

Louvain (networkx) maximises modularity. `auto` granularity is its answer at
resolution RESOLUTION, with two repairs a person would make: a module alone in a group
joins the group it is most coupled with, and modules with no ties at all join
their package neighbours. `--services N` sweeps the resolution for the partition
closest to N groups, then merges the most coupled pair or halves the largest
group until there are exactly N.
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

Partition = list[list[str]]  # groups of module names, each sorted; groups sorted by first module
_RESOLUTIONS = (0.1, 0.2, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 3.0, 4.5, 7.0, 10.0)


def normalized(groups) -> Partition:
    return sorted((sorted(g) for g in groups if g), key=lambda g: g[0])


# Louvain's resolution for `auto`: modularity alone (1.0) merges small domains into
# their neighbours (its resolution limit); 1.4 recovered planted services best on
# the synthetic monoliths of benchmarks/ (see boundaries_bench.py), without
# splitting large ones.
RESOLUTION = 1.4


def louvain(graph: nx.Graph, seed: int, resolution: float = RESOLUTION) -> Partition:
    connected = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    if connected.number_of_nodes() == 0:
        return []
    return normalized(nx.community.louvain_communities(connected, weight="weight", resolution=resolution, seed=seed))


def propose(graph: nx.Graph, seed: int, services: int | None) -> Partition:
    """Groups of the modules that have ties; isolated modules are placed afterwards."""
    if services is None:
        return merge_singletons(graph, louvain(graph, seed))
    best = min(
        (merge_singletons(graph, louvain(graph, seed, r)) for r in _RESOLUTIONS),
        key=lambda p: (abs(len(p) - services), len(p) < services),
    )
    return exact_count(graph, best, services, seed)


def merge_singletons(graph: nx.Graph, groups: Partition) -> Partition:
    """A module alone in its group joins the group it is most coupled with."""
    groups = [list(g) for g in groups]
    changed = True
    while changed and len(groups) > 1:
        changed = False
        for index, group in enumerate(groups):
            if len(group) != 1:
                continue
            target = _strongest_group(graph, group, groups, index)
            if target is not None:
                groups[target].extend(group)
                del groups[index]
                changed = True
                break
    return normalized(groups)


def exact_count(graph: nx.Graph, groups: Partition, services: int, seed: int) -> Partition:
    groups = [list(g) for g in groups]
    while len(groups) > max(services, 1):
        a, b = _most_coupled_pair(graph, groups)
        groups[a].extend(groups[b])
        del groups[b]
    while len(groups) < services:
        largest = max(range(len(groups)), key=lambda i: (len(groups[i]), -i))
        if len(groups[largest]) < 2:
            break
        first, second = nx.community.kernighan_lin_bisection(
            graph.subgraph(groups[largest]), weight="weight", seed=seed
        )
        groups[largest:largest + 1] = [sorted(first), sorted(second)]
    return normalized(groups)


def _strongest_group(graph: nx.Graph, group: list[str], groups: Partition, own: int) -> int | None:
    ties: Counter = Counter()
    where = {m: i for i, g in enumerate(groups) for m in g}
    for module in group:
        for neighbour, data in graph[module].items():
            target = where.get(neighbour)
            if target is not None and target != own:
                ties[target] += data.get("weight", 1.0)
    if not ties:
        return None
    return max(sorted(ties), key=lambda i: ties[i])


def _most_coupled_pair(graph: nx.Graph, groups: Partition) -> tuple[int, int]:
    where = {m: i for i, g in enumerate(groups) for m in g}
    ties: Counter = Counter()
    for u, v, data in graph.edges(data=True):
        a, b = where.get(u), where.get(v)
        if a is not None and b is not None and a != b:
            ties[(min(a, b), max(a, b))] += data.get("weight", 1.0) / (len(groups[a]) * len(groups[b]))
    if not ties:  # nothing couples them: merge the two smallest
        order = sorted(range(len(groups)), key=lambda i: (len(groups[i]), i))
        return tuple(sorted(order[:2]))
    return max(sorted(ties), key=lambda pair: ties[pair])


def place_by_package(modules: list[str], assignment: dict[str, str]) -> dict[str, str | None]:
    """Modules with no ties join the group most of their package neighbours are in:
    siblings first, then the package's own module, then modules below it."""
    placed: dict[str, str | None] = {}
    for module in sorted(modules):
        placed[module] = _package_majority(module, assignment)
    return placed


def _package_majority(module: str, assignment: dict[str, str]) -> str | None:
    """The group most modules of the nearest package level are in; None without a clear majority."""
    children = [g for other, g in assignment.items() if other.startswith(module + ".")]
    if children:  # `pkg` (pkg/__init__.py): the modules below it
        return _majority(children)
    parts = module.split(".")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:depth])
        near = [g for other, g in assignment.items() if other == prefix or other.startswith(prefix + ".")]
        if near:
            return _majority(near)
    return None


def _majority(votes: list[str]) -> str | None:
    top = Counter(votes).most_common(2)
    if len(top) == 1 or top[0][1] > top[1][1]:
        return top[0][0]
    return None  # the neighbours are split: no group to join
