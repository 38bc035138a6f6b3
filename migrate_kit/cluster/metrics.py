"""Quality metrics of a proposal. Each is a pure function of a graph (or call
list) and a partition, so it can be checked by hand on small graphs.

| metric | definition | good |
| --- | --- | --- |
| modularity Q | Newman's weighted modularity of the services on the coupling graph | higher |
| structural modularity SM | mean cohesion (intra edges / size^2) minus mean coupling (inter edges / (2 * size_i * size_j)) over service pairs | higher |
| inter-call percentage ICP | share of call sites that cross services | lower |
| interface number IFN | functions a service exposes to other services, averaged over services | lower |
| non-extreme distribution NED | share of modules in services whose size is outside NED_RANGE | lower |
| business-context purity BCP | per entry point (a use case), 1 / number of services its calls reach; averaged | higher |
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import networkx as nx

NED_RANGE = (2, 30)  # modules per service that count as neither too small nor too large

# metric -> (short name, one-line meaning, which direction is good): for people reading reports.
METRIC_MEANINGS = {
    "modularity": ("Q", "ties inside services versus chance", "higher"),
    "structural_modularity": ("SM", "cohesion inside minus coupling between services", "higher"),
    "icp": ("ICP", "share of call sites that cross services", "lower"),
    "ifn": ("IFN", "functions a service exposes, on average", "lower"),
    "ned": ("NED", "share of modules in too small or too large services", "lower"),
    "bcp": ("BCP", "how few services each entry point's calls reach (1 = one)", "higher"),
    "cross_service_call_sites": ("", "call sites between services", "lower"),
}


def modularity(graph: nx.Graph, groups: list[list[str]]) -> float:
    members = [m for group in groups for m in group if m in graph]
    sub = graph.subgraph(members)
    if sub.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(sub, [[m for m in g if m in sub] for g in groups if g], weight="weight")


def structural_modularity(graph: nx.Graph, groups: list[list[str]]) -> float:
    """SM = (1/K) sum_k mu_k / m_k^2  -  (1/(K(K-1)/2)) sum_{i<j} sigma_ij / (2 m_i m_j),
    with mu_k the edges inside group k, sigma_ij the edges between groups i and j,
    m_k the group sizes (unweighted edges)."""
    groups = [g for g in groups if g]
    where = {m: i for i, g in enumerate(groups) for m in g}
    inside: Counter = Counter()
    between: Counter = Counter()
    for u, v in graph.edges():
        if u in where and v in where:
            a, b = where[u], where[v]
            if a == b:
                inside[a] += 1
            else:
                between[(min(a, b), max(a, b))] += 1
    k = len(groups)
    if k == 0:
        return 0.0
    cohesion = sum(inside[i] / len(g) ** 2 for i, g in enumerate(groups)) / k
    if k == 1:
        return cohesion
    coupling = sum(
        between[(i, j)] / (2 * len(groups[i]) * len(groups[j])) for i, j in combinations(range(k), 2)
    ) / (k * (k - 1) / 2)
    return cohesion - coupling


def inter_call_percentage(calls: Iterable[tuple[str, str, int]], service_of: dict[str, str]) -> float:
    """calls: (caller module, callee module, call sites); only calls between services count."""
    total = crossing = 0
    for caller, callee, sites in calls:
        a, b = service_of.get(caller), service_of.get(callee)
        if a is None or b is None:
            continue
        total += sites
        if a != b:
            crossing += sites
    return crossing / total if total else 0.0


def interface_number(exposed: dict[str, set[str]], services: Iterable[str]) -> float:
    """exposed: service -> functions other services call."""
    names = list(services)
    return sum(len(exposed.get(s, ())) for s in names) / len(names) if names else 0.0


def non_extreme_distribution(sizes: Iterable[int], low: int = NED_RANGE[0], high: int = NED_RANGE[1]) -> float:
    sizes = list(sizes)
    total = sum(sizes)
    extreme = sum(size for size in sizes if size < low or size > high)
    return extreme / total if total else 0.0


def business_context_purity(reach: dict[str, set[str]]) -> float:
    """reach: entry point -> services its calls reach (its own included)."""
    pure = [1 / len(services) for services in reach.values() if services]
    return sum(pure) / len(pure) if pure else 1.0


def entry_reach(
    call_graph: dict[str, set[str]], entries: Iterable[str], service_of_function: dict[str, str]
) -> dict[str, set[str]]:
    """Services each entry point's calls reach, following calls transitively."""
    reach = {}
    for entry in entries:
        seen, todo, services = {entry}, [entry], set()
        while todo:
            function = todo.pop()
            if function in service_of_function:
                services.add(service_of_function[function])
            for callee in call_graph.get(function, ()):
                if callee not in seen:
                    seen.add(callee)
                    todo.append(callee)
        reach[entry] = services
    return reach


def call_sites_between(calls: Iterable[tuple[str, str, int]], service_of: dict[str, str]) -> int:
    crossing = 0
    for caller, callee, sites in calls:
        a, b = service_of.get(caller), service_of.get(callee)
        if a is not None and b is not None and a != b:
            crossing += sites
    return crossing


def group_by(assignment: dict[str, str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for member, group in sorted(assignment.items()):
        groups[group].append(member)
    return dict(groups)
