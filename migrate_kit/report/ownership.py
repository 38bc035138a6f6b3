"""Who owns, reads and writes which data, and what conflicts the proposal has."""

from __future__ import annotations

from collections import defaultdict

from migrate_kit.model.boundaries import Proposal
from migrate_kit.report.code import CodeIndex
from migrate_kit.report.view import KERNEL, CutEdge, Cycle, InterfaceRow, Matrix, MatrixRow, SharedWrite

DETAIL_SITES = 4  # sites named per cell before "and N more"


def shared_writes(proposal: Proposal) -> tuple[SharedWrite, ...]:
    return tuple(
        SharedWrite(c.entity, tuple(c.services), tuple(c.writers))
        for c in proposal.conflicts
        if c.kind == "shared_write"
    )


def cycles(proposal: Proposal, interfaces: tuple[InterfaceRow, ...]) -> tuple[Cycle, ...]:
    sites: dict[tuple[str, str], set[str]] = defaultdict(set)
    for interface in interfaces:
        sites[(interface.source, interface.target_service)].update(interface.call_sites)
    found = []
    for conflict in proposal.conflicts:
        if conflict.kind != "cycle":
            continue
        cuts = tuple(
            CutEdge(a, b, int(count), tuple(sorted(sites.get((a, b), ()), key=_site_order)))
            for a, b, count in conflict.break_edges
        )
        found.append(Cycle(tuple(conflict.services), cuts))
    return tuple(found)


def matrix(proposal: Proposal, code: CodeIndex) -> Matrix:
    """Entities (rows, grouped by owner) by services (columns): R, W or RW."""
    service_of = {m: s.name for s in proposal.services for m in s.modules}
    service_of.update({m: KERNEL for m in proposal.shared_kernel})
    owner = {e: s.name for s in proposal.services for e in s.entities}
    touched: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: {"read": [], "write": []}))
    for access in code.accesses:
        service = service_of.get(access.module)
        if service:
            touched[access.entity][service][access.kind].append(access)
    columns = sorted(s.name for s in proposal.services)
    if any(KERNEL in by_service for by_service in touched.values()):
        columns.append(KERNEL)
    entities = sorted(set(code.entities) | set(owner) | set(touched), key=lambda e: (owner.get(e, "~"), e))
    shared = {s.entity for s in shared_writes(proposal)}
    rows = []
    for entity in entities:
        by_service = touched.get(entity, {})
        writers = [s for s in by_service if s != KERNEL and by_service[s]["write"]]
        rows.append(MatrixRow(
            entity=entity,
            table=str(code.entities.get(entity, {}).get("table") or ""),
            owner=owner.get(entity, ""),
            cells=tuple(_cell(by_service.get(c)) for c in columns),
            shared=entity in shared or len(writers) > 1,
            detail=tuple(_detail(by_service.get(c)) for c in columns),
        ))
    return Matrix(tuple(columns), tuple(rows))


def _cell(found: dict | None) -> str:
    if not found:
        return ""
    return ("R" if found["read"] else "") + ("W" if found["write"] else "")


def _detail(found: dict | None) -> str:
    if not found:
        return ""
    parts = []
    for kind in ("write", "read"):
        accesses = found[kind]
        if not accesses:
            continue
        how = sorted({h for a in accesses for h in a.how})
        where = sorted({s for a in accesses for s in a.sites}, key=_site_order)
        more = f" and {len(where) - DETAIL_SITES} more" if len(where) > DETAIL_SITES else ""
        parts.append(f"{kind}s ({', '.join(how) or 'unknown'}) at {', '.join(where[:DETAIL_SITES])}{more}")
    return "; ".join(parts)


def _site_order(site: str) -> tuple[str, int]:
    path, _, line = site.rpartition(":")
    return (path, int(line)) if line.isdigit() else (site, 0)
