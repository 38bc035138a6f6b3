"""`migrate-kit check`: code that crosses a boundary of an agreed boundaries file
through anything but a declared interface."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from migrate_kit.cluster.coupling import module_index
from migrate_kit.model.boundaries import Proposal


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    site: str  # path:line
    source: str  # the service whose code crosses
    target_service: str
    what: str  # the reason, as a sentence

    def __str__(self) -> str:
        return f"{self.site}: {self.source} -> {self.target_service}: {self.what}"


def violations(graph: nx.MultiDiGraph, agreed: Proposal) -> tuple[list[Violation], list[str]]:
    """Undeclared cross-service calls and writes to another service's entities (unless
    the file lists that shared write as a conflict), and the modules the file does not
    place (new since it was written)."""
    owner = module_index(graph)
    service_of = {m: s.name for s in agreed.services for m in s.modules}
    declared = {(i.source, i.target_service, i.target) for i in agreed.interfaces}
    owned = {e: s.name for s in agreed.services for e in s.entities}
    # Shared writes the file already lists are known debts, not new crossings.
    accepted = {(c.entity, s) for c in agreed.conflicts if c.kind == "shared_write" for s in c.services}
    found = []
    for u, v, data in graph.edges(data=True):
        kind = data.get("kind")
        source = service_of.get(owner.get(u, ""))
        if source is None:
            continue
        if kind == "call":
            target = service_of.get(owner.get(v, ""))
            if target and target != source and (source, target, v) not in declared:
                found += [Violation(site, source, target, f"calls {v}, which is not a declared interface")
                          for site in data.get("sites", ())]
        elif kind == "data_write":
            target = owned.get(v)
            if target and target != source and (v, source) not in accepted:
                found += [Violation(site, source, target, f"writes {v}, which service '{target}' owns")
                          for site in data.get("sites", ())]
    listed = set(service_of) | set(agreed.shared_kernel)
    unplaced = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "module" and n not in listed)
    return sorted(set(found)), unplaced
