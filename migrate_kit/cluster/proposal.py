"""From the dependency graph to a proposal: services, shared kernel, interfaces,
conflicts, metrics and an extraction plan. Also re-scores a proposal a person
edited (`previous`), keeping their services and placing modules that are new."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from migrate_kit.cluster import crossings, metrics
from migrate_kit.cluster.confidence import module_confidence
from migrate_kit.cluster.coupling import add_package_ties, coupling_graph, data_anchors, dependencies, module_index
from migrate_kit.cluster.kernel import find_kernel, refine_kernel
from migrate_kit.cluster.naming import service_names
from migrate_kit.cluster.partition import place_by_package, propose
from migrate_kit.cluster.plan import extraction_plan
from migrate_kit.model.boundaries import Proposal, Service

NO_TIES = "no ties of its own, and its package neighbours are split between services"
KERNEL = "shared_kernel"
KERNEL_ROUNDS = 3


@dataclass(frozen=True)
class Scored:
    proposal: Proposal
    module_service: dict[str, str]  # kernel modules map to "shared_kernel"
    module_confidence: dict[str, float]


def propose_boundaries(
    graph: nx.MultiDiGraph, seed: int = 0, services: int | None = None, root: str = "", previous: Proposal | None = None
) -> Scored:
    owner = module_index(graph)
    coupling = coupling_graph(graph, owner)
    modules = sorted(coupling)
    if previous is None:
        uses, anchors = dependencies(graph, owner), data_anchors(graph, owner)
        kernel = find_kernel(coupling, uses, seed, anchors)
        for _ in range(KERNEL_ROUNDS):
            rest = _clustering_graph(coupling, kernel)
            groups = propose(rest, seed, services)
            more = refine_kernel(coupling, uses, anchors, kernel, groups)
            if not more:
                break
            kernel = dict(sorted({**kernel, **more}.items()))
        assignment, kernel = _place_isolated(modules, groups, kernel)
        names = _names(graph, owner, assignment, modules)
        assignment = {m: names[g] for m, g in assignment.items()}
        new: dict[str, list[str]] = {}
        removed: tuple[str, ...] = ()
    else:
        assignment, kernel, new, removed = _keep_previous(previous, coupling, modules)
        rest = _clustering_graph(coupling, kernel)
    groups_by_service = metrics.group_by(assignment)
    confidence = module_confidence(
        list(groups_by_service.values()), lambda s: propose(rest, s, services), seed
    )
    return _score(graph, owner, coupling, groups_by_service, kernel, confidence, new, removed, seed, root, previous)


def _clustering_graph(coupling: nx.Graph, kernel: dict[str, str]) -> nx.Graph:
    """What clustering cuts: the coupling without the kernel, plus package ties as far
    as the dependencies agree with the packages."""
    rest = nx.Graph(coupling.subgraph([m for m in coupling if m not in kernel]))
    add_package_ties(rest, set())
    return rest


def _place_isolated(
    modules: list[str], groups: list[list[str]], kernel: dict[str, str]
) -> tuple[dict[str, int], dict[str, str]]:
    assignment = {m: i for i, group in enumerate(groups) for m in group}
    isolated = [m for m in modules if m not in assignment and m not in kernel]
    kernel = dict(kernel)
    neighbours = {**{m: str(g) for m, g in assignment.items()}, **{m: KERNEL for m in kernel}}
    for module, group in place_by_package(isolated, neighbours).items():
        if group is None:
            kernel[module] = NO_TIES
        elif group == KERNEL:
            kernel[module] = "no ties of its own; its package neighbours are shared kernel"
        else:
            assignment[module] = int(group)
    return assignment, dict(sorted(kernel.items()))


def _names(graph: nx.MultiDiGraph, owner: dict[str, str], assignment: dict[str, int], modules: list[str]) -> dict[int, str]:
    ids = sorted(set(assignment.values()), key=lambda g: min(m for m, x in assignment.items() if x == g))
    written = {g: Counter() for g in ids}
    paths: dict[int, list[str]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        group = assignment.get(owner.get(u, ""))
        if group is not None and data.get("kind") == "data_write":
            written[group][v] += int(data.get("count", 1))
    for node, data in graph.nodes(data=True):
        group = assignment.get(owner.get(node, ""))
        if group is not None and "entry" in data and data["entry"].get("kind") == "http":
            paths[group].append(data["entry"].get("path") or "")
    depth = _shared_depth(modules)
    groups = [sorted(m for m, x in assignment.items() if x == g) for g in ids]
    names = service_names(groups, depth, [written[g] for g in ids], [paths[g] for g in ids])
    return dict(zip(ids, names))


def _shared_depth(modules: list[str]) -> int:
    split = [m.split(".") for m in modules]
    depth = 0
    while split and all(len(p) > depth and p[depth] == split[0][depth] for p in split):
        depth += 1
    return depth


def _keep_previous(previous: Proposal, coupling: nx.Graph, modules: list[str]):
    """A person's services stay as written; modules new since then go where they are
    most coupled (else with their package neighbours), and are flagged."""
    present = set(modules)
    assignment = {m: s.name for s in previous.services for m in s.modules if m in present}
    kernel = {m: "kept from the boundaries file" for m in previous.shared_kernel if m in present}
    listed = {m for s in previous.services for m in s.modules} | set(previous.shared_kernel)
    removed = tuple(sorted(listed - present))
    new: dict[str, list[str]] = defaultdict(list)
    for module in sorted(present - listed):
        ties: Counter = Counter()
        for neighbour, data in coupling[module].items():
            if neighbour in assignment:
                ties[assignment[neighbour]] += data.get("weight", 1.0)
        target = max(sorted(ties), key=lambda s: ties[s]) if ties else place_by_package([module], assignment)[module]
        if target is None:
            kernel[module] = NO_TIES
        else:
            assignment[module] = target
            new[target].append(module)
    return assignment, dict(sorted(kernel.items())), dict(new), removed


def _score(graph, owner, coupling, groups_by_service, kernel, confidence, new, removed, seed, root, previous) -> Scored:
    service_of = {m: s for s, members in groups_by_service.items() for m in members}
    owners = crossings.entity_owners(graph, owner, service_of)
    found = crossings.interfaces(graph, owner, service_of)
    conflicts = crossings.shared_writes(graph, owner, service_of) + crossings.cycles(found)
    extras = {s.name: s.extra for s in previous.services} if previous else {}
    services = tuple(
        Service(
            name=name,
            modules=tuple(members),
            entities=tuple(sorted(e for e, s in owners.items() if s == name)),
            confidence=round(sum(confidence[m] for m in members) / len(members), 2),
            new_modules=tuple(sorted(new.get(name, ()))),
            extra=extras.get(name, {}),
        )
        for name, members in sorted(groups_by_service.items())
    )
    proposal = Proposal(
        root=root,
        seed=seed,
        services=services,
        shared_kernel=tuple(kernel),
        kernel_reasons=dict(kernel),
        interfaces=tuple(found),
        conflicts=tuple(conflicts),
        metrics=_metrics(graph, owner, coupling, groups_by_service, service_of, found),
        plan=tuple(extraction_plan([s.name for s in services], found, conflicts)),
        removed_modules=removed,
        extra=previous.extra if previous else {},
    )
    module_service = {**service_of, **{m: "shared_kernel" for m in kernel}}
    return Scored(proposal, module_service, {m: round(c, 2) for m, c in confidence.items()})


def _metrics(graph, owner, coupling, groups_by_service, service_of, found) -> dict[str, float]:
    groups = list(groups_by_service.values())
    calls = []
    call_graph: dict[str, set[str]] = defaultdict(set)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "call":
            a, b = owner.get(u), owner.get(v)
            if a and b:
                calls.append((a, b, int(data.get("count", 1))))
                call_graph[u].add(v)
    exposed: dict[str, set[str]] = defaultdict(set)
    for interface in found:
        exposed[interface.target_service].add(interface.target)
    entries = sorted(n for n, d in graph.nodes(data=True) if "entry" in d and service_of.get(owner.get(n, "")))
    function_service = {n: service_of[owner[n]] for n in graph if owner.get(n) in service_of}
    reach = metrics.entry_reach(call_graph, entries, function_service)
    return {
        "modularity": round(metrics.modularity(coupling, groups), 3),
        "structural_modularity": round(metrics.structural_modularity(coupling, groups), 3),
        "icp": round(metrics.inter_call_percentage(calls, service_of), 3),
        "ifn": round(metrics.interface_number(exposed, groups_by_service), 3),
        "ned": round(metrics.non_extreme_distribution(len(g) for g in groups), 3),
        "bcp": round(metrics.business_context_purity(reach), 3),
        "cross_service_call_sites": metrics.call_sites_between(calls, service_of),
    }
