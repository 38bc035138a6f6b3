"""The shared kernel: modules that tie many otherwise separate groups together and
belong to none of them (logging, config, db session, money helpers, and the
composition roots that wire every service in).

Left in, such a module glues unrelated domains into one service. It is found
from the dependency graph, not from names:

1. Likely glue: many modules depend on it (at least SUSPECT_SHARE of all
   modules, and MIN_SUSPECT_TIES), and it depends on few modules that are not
   glue themselves (at most FAN_OUT_RATIO of its dependents): the "high fan-in,
   little fan-out" of utilities. Also wiring: nobody depends on it (at most one
   module) and it depends on many.
2. Cluster everything but the likely glue: with it out, the domains separate.
3. Suspects are the likely glue and every module with MIN_SUSPECT_TIES dependents
   or dependencies. A suspect that reaches at least SPREAD of the groups (and
   MIN_SUSPECT_TIES) and has no home (less than HOME_SHARE of its coupling weight
   in any one group) is shared kernel. A popular domain module (a domain's models
   or service) keeps a home. Likely glue that mostly works with other likely glue
   is kernel too (config read by the db session and the logger).
"""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from migrate_kit.cluster.coupling import add_package_ties, packages
from migrate_kit.cluster.partition import louvain, merge_singletons

SUSPECT_SHARE = 0.05
MIN_SUSPECT_TIES = 3
FAN_OUT_RATIO = 0.34
HOME_SHARE = 0.5
SPREAD = 0.25
WIRING_SPREAD = 0.5  # a composition root reaches at least half of the groups


def find_kernel(
    coupling: nx.Graph, uses: dict[str, set[str]], seed: int, anchors: dict[str, set[str]] | None = None
) -> dict[str, str]:
    """module -> why it is shared kernel. `anchors`: a module defining entities -> the
    modules writing them, where such a module is at home."""
    anchors = anchors or {}
    users = _users(uses)
    modules = sorted(coupling)
    threshold = max(MIN_SUSPECT_TIES, math.ceil(SUSPECT_SHARE * len(modules)))
    glue = _glue(modules, uses, users, threshold)
    rest = nx.Graph(coupling.subgraph([m for m in modules if m not in glue]))
    add_package_ties(rest, set())
    groups = merge_singletons(rest, louvain(rest, seed))
    if len(groups) < 3:  # too few groups to tell a shared module from a popular one
        return {}
    where = {m: i for i, group in enumerate(groups) for m in group}
    needed = max(MIN_SUSPECT_TIES, math.ceil(SPREAD * len(groups)))
    glue_group = len(groups)  # the likely glue counts as one more group: a home of its own
    where.update({m: glue_group for m in glue})
    kernel = {}
    for module in _suspects(modules, glue, uses, users):
        reason = _kernel_reason(coupling, module, where, needed, glue_group, uses, users, anchors)
        if reason:
            kernel[module] = reason
    return kernel


def refine_kernel(
    coupling: nx.Graph, uses: dict[str, set[str]], anchors: dict[str, set[str]],
    kernel: dict[str, str], groups: list[list[str]],
) -> dict[str, str]:
    """Judge the remaining suspects again against the proposed services, which are
    finer than the first grouping: a small utility used by three services shows only
    now. Also, a module used from two services, with no home, in a package that is
    mostly shared kernel, is kernel too (package names as a weak signal)."""
    users = _users(uses)
    where = {m: i for i, group in enumerate(groups) for m in group}
    kernel_group = len(groups)
    where.update({m: kernel_group for m in kernel})
    needed = max(MIN_SUSPECT_TIES, math.ceil(SPREAD * len(groups)))
    package = packages(coupling)
    siblings: dict[str, list[str]] = {}
    for module, name in package.items():
        siblings.setdefault(name, []).append(module)
    found = {}
    suspects = set(_suspects(sorted(where), [], uses, users))
    for module in sorted(where):
        if module in kernel:
            continue
        reason = None
        if module in suspects:
            reason = _kernel_reason(coupling, module, where, needed, kernel_group, uses, users, anchors)
        if reason is None and _package_is_kernel(module, siblings[package[module]], kernel) and not _has_home(
            coupling, module, where, kernel_group, uses, anchors
        ):
            reason = "no home of its own, in a package of shared-kernel modules"
        if reason:
            found[module] = reason
    return found


def _users(uses: dict[str, set[str]]) -> dict[str, set[str]]:
    users: dict[str, set[str]] = {}
    for module, targets in uses.items():
        for target in targets:
            users.setdefault(target, set()).add(module)
    return users


def _suspects(modules: list[str], glue: list[str], uses: dict, users: dict) -> list[str]:
    glue_set = set(glue)
    return [
        m for m in modules
        if m in glue_set or len(users.get(m, ())) >= MIN_SUSPECT_TIES or len(uses.get(m, ())) >= MIN_SUSPECT_TIES
    ]


def _package_is_kernel(module: str, package_members: list[str], kernel: dict[str, str]) -> bool:
    siblings = [m for m in package_members if m != module]
    return bool(siblings) and sum(1 for m in siblings if m in kernel) * 2 > len(siblings)


def _glue(modules: list[str], uses: dict, users: dict, threshold: int) -> list[str]:
    found = []
    for module in modules:
        fan_in, fan_out = len(users.get(module, ())), len(uses.get(module, ()))
        stable = fan_in >= threshold and fan_out <= FAN_OUT_RATIO * fan_in
        wiring = fan_in <= 1 and fan_out >= threshold
        if stable or wiring:
            found.append(module)
    return found


def _has_home(
    graph: nx.Graph, module: str, where: dict[str, int], kernel_group: int,
    uses: dict[str, set[str]], anchors: dict[str, set[str]],
) -> bool:
    """Most of what it uses (or of who writes its entities) lies in one service."""
    outgoing: Counter = Counter()
    for target in sorted(uses.get(module, set()) | anchors.get(module, set())):
        group = where.get(target)
        if group is not None and group != kernel_group and graph.has_edge(module, target):
            outgoing[group] += graph[module][target].get("weight", 1.0)
    total = sum(outgoing.values())
    return bool(total) and max(outgoing.values()) / total > HOME_SHARE


def _kernel_reason(
    graph: nx.Graph, module: str, where: dict[str, int], needed: int, glue: int,
    uses: dict[str, set[str]], users: dict[str, set[str]], anchors: dict[str, set[str]],
) -> str | None:
    """Why `module` is shared kernel, or None. Its home is where the code it *uses*
    lives (a popular domain service uses its own domain's repository and models,
    however many others call it), or, for a module defining entities, where the
    code writing them lives. A utility uses little but other utilities."""
    if _has_home(graph, module, where, glue, uses, anchors):
        return None  # it has a home: a popular module of one domain
    groups = len(set(where.values()) - {glue})
    used_from = {where[u] for u in users.get(module, ()) if u in where} - {glue}
    depends_on = {where[u] for u in uses.get(module, ()) if u in where} - {glue}
    if len(used_from) >= needed and len(used_from) >= len(depends_on):
        return f"used from {len(used_from)} of {groups} groups of modules"
    if len(depends_on) >= max(2, min(needed, WIRING_SPREAD * groups)) and len(users.get(module, ())) <= 1:
        return f"wires {len(depends_on)} of {groups} groups of modules together"
    if where.get(module) == glue and len(users.get(module, ())) >= MIN_SUSPECT_TIES and not used_from:
        return "used only by other shared-kernel modules"
    return None
