"""From the analysis results (graph, proposal, skipped files) to the view model."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from migrate_kit.cluster.metrics import METRIC_MEANINGS
from migrate_kit.model.boundaries import Proposal
from migrate_kit.model.facts import ParseFailure
from migrate_kit.report.code import CodeIndex, entry_count, index_code
from migrate_kit.report.ownership import cycles, matrix, shared_writes
from migrate_kit.report.service_map import service_map
from migrate_kit.report.view import (
    KERNEL, EntityRef, InterfaceRow, MetricRow, ModuleRow, PlanRow, ReportView, ServiceCard, SkippedRow, Stat,
)


def build_view(graph: nx.MultiDiGraph, proposal: Proposal, skipped: Iterable[ParseFailure], title: str) -> ReportView:
    code = index_code(graph)
    interfaces = tuple(
        InterfaceRow(i.source, i.target_service, i.target, i.style, tuple(i.call_sites)) for i in proposal.interfaces
    )
    shared = shared_writes(proposal)
    found_cycles = cycles(proposal, interfaces)
    cards = _cards(proposal, code, interfaces, {s.entity for s in shared}, found_cycles)
    skipped_rows = tuple(SkippedRow(f.path, f.line, f.reason) for f in sorted(skipped, key=lambda f: (f.path, f.line)))
    return ReportView(
        title=title,
        root=proposal.root,
        seed=proposal.seed,
        stats=_stats(graph, proposal, code, len(skipped_rows)),
        metrics=metric_rows(proposal.metrics),
        service_map=service_map(cards, interfaces, proposal, proposal.seed),
        cards=cards,
        kernel=tuple(
            _module_row(m, f"m-k-{i}", KERNEL, code, proposal) for i, m in enumerate(sorted(proposal.shared_kernel))
        ),
        interfaces=interfaces,
        matrix=matrix(proposal, code),
        shared_writes=shared,
        cycles=found_cycles,
        plan=tuple(PlanRow(p.step, p.service, p.why) for p in sorted(proposal.plan, key=lambda p: p.step)),
        skipped=skipped_rows,
        removed_modules=tuple(sorted(proposal.removed_modules)),
    )


METRIC_NAMES = {  # as migrate_kit.cluster.metrics defines them
    "modularity": "Modularity",
    "structural_modularity": "Structural modularity",
    "icp": "Inter-call percentage",
    "ifn": "Interface number",
    "ned": "Non-extreme distribution",
    "bcp": "Business-context purity",
    "cross_service_call_sites": "Cross-service call sites",
}


def metric_rows(metrics: dict[str, float]) -> tuple[MetricRow, ...]:
    """Known metrics first, in the console's order, then any others by name."""
    order = [k for k in METRIC_MEANINGS if k in metrics] + sorted(k for k in metrics if k not in METRIC_MEANINGS)
    rows = []
    for key in order:
        short, meaning, better = METRIC_MEANINGS.get(key, ("", "", ""))
        name = METRIC_NAMES.get(key, key.replace("_", " "))
        rows.append(MetricRow(key, name, short, format_number(metrics[key]), meaning, better))
    return tuple(rows)


def format_number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:g}"


def _stats(graph: nx.MultiDiGraph, proposal: Proposal, code: CodeIndex, skipped: int) -> tuple[Stat, ...]:
    entities = set(code.entities) | {e for s in proposal.services for e in s.entities}
    return (
        Stat("services", len(proposal.services)),
        Stat("modules", len(code.modules)),
        Stat("lines", sum(_loc(d) for d in code.modules.values())),
        Stat("entities", len(entities)),
        Stat("entry points", entry_count(graph)),
        Stat("files skipped", skipped),
        Stat("shared kernel modules", len(proposal.shared_kernel)),
        Stat("interfaces", len(proposal.interfaces)),
    )


def _cards(proposal: Proposal, code: CodeIndex, interfaces: tuple[InterfaceRow, ...], shared: set[str],
           found_cycles) -> tuple[ServiceCard, ...]:
    steps = {p.service: p.step for p in proposal.plan}
    cyclic = {s for c in found_cycles for s in c.services}
    cards = []
    for index, service in enumerate(sorted(proposal.services, key=lambda s: s.name)):
        rows = tuple(
            _module_row(m, f"m-{index}-{i}", service.name, code, proposal, service.new_modules)
            for i, m in enumerate(sorted(service.modules))
        )
        cards.append(ServiceCard(
            index=index,
            name=service.name,
            loc=sum(r.loc for r in rows),
            confidence=float(service.confidence),
            modules=rows,
            entities=tuple(_entity_ref(e, code, shared) for e in sorted(service.entities)),
            entry_points=tuple(e for m in sorted(service.modules) for e in code.entries.get(m, ())),
            inbound=tuple(i for i in interfaces if i.target_service == service.name),
            outbound=tuple(i for i in interfaces if i.source == service.name),
            packages=tuple(sorted({p for m in service.modules for p in code.packages.get(m, ())})),
            plan_step=steps.get(service.name),
            in_cycle=service.name in cyclic,
        ))
    return tuple(cards)


def _module_row(
    name: str, anchor: str, service: str, code: CodeIndex, proposal: Proposal, new: Iterable[str] = ()
) -> ModuleRow:
    data = code.modules.get(name, {})
    confidence = data.get("confidence")
    return ModuleRow(
        name=name,
        anchor=anchor,
        path=str(data.get("path", "")),
        loc=_loc(data),
        doc=str(data.get("doc", "")),
        service=service,
        confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
        new=name in set(new),
        reason=proposal.kernel_reasons.get(name, "") if service == KERNEL else "",
    )


def _entity_ref(name: str, code: CodeIndex, shared: set[str]) -> EntityRef:
    data = code.entities.get(name, {})
    table = str(data.get("table") or (name.removeprefix("table:") if name.startswith("table:") else ""))
    return EntityRef(name, table, str(data.get("framework") or ""), name in shared)


def _loc(data: dict) -> int:
    try:
        return int(data.get("loc", 0))
    except (TypeError, ValueError):
        return 0
