"""The extraction order (strangler fig): carve out first the service that is least
entangled with what is still in the monolith.

At each step, among the services still inside, pick the one that is in no cycle
with them, shares no writes with them, and is called synchronously by the
fewest of them (then: calls the fewest synchronously, then by name).
"""

from __future__ import annotations

from migrate_kit.model.boundaries import SYNC, Conflict, Interface, PlanStep


def extraction_plan(services: list[str], found: list[Interface], conflicts: list[Conflict]) -> list[PlanStep]:
    remaining = set(services)
    steps = []
    while remaining:
        scored = sorted((_entanglement(s, remaining, found, conflicts), s) for s in remaining)
        score, service = scored[0]
        steps.append(PlanStep(len(steps) + 1, service, _why(service, remaining, found, conflicts)))
        remaining.remove(service)
    return steps


def _inbound_sync(service: str, remaining: set[str], found: list[Interface]) -> list[str]:
    return sorted({i.source for i in found if i.target_service == service and i.style == SYNC and i.source in remaining})


def _outbound_sync(service: str, remaining: set[str], found: list[Interface]) -> list[str]:
    return sorted({i.target_service for i in found if i.source == service and i.style == SYNC and i.target_service in remaining})


def _cycle_partners(service: str, remaining: set[str], conflicts: list[Conflict]) -> list[str]:
    return sorted({s for c in conflicts if c.kind == "cycle" and service in c.services for s in c.services} & remaining - {service})


def _shared_with(service: str, remaining: set[str], conflicts: list[Conflict]) -> list[tuple[str, list[str]]]:
    return [
        (c.entity, sorted(set(c.services) & remaining - {service}))
        for c in conflicts
        if c.kind == "shared_write" and service in c.services and set(c.services) & remaining - {service}
    ]


def _entanglement(service: str, remaining: set[str], found: list[Interface], conflicts: list[Conflict]) -> tuple:
    return (
        len(_cycle_partners(service, remaining, conflicts)),
        len(_shared_with(service, remaining, conflicts)),
        len(_inbound_sync(service, remaining, found)),
        len(_outbound_sync(service, remaining, found)),
    )


def _why(service: str, remaining: set[str], found: list[Interface], conflicts: list[Conflict]) -> str:
    parts = []
    partners = _cycle_partners(service, remaining, conflicts)
    if partners:
        parts.append(f"in a dependency cycle with {', '.join(partners)}: cut those calls first")
    inbound = _inbound_sync(service, remaining, found)
    parts.append(f"called synchronously by {', '.join(inbound)}" if inbound else "no inbound sync calls")
    shared = _shared_with(service, remaining, conflicts)
    if shared:
        parts.append("; ".join(f"shares writes to {entity} with {', '.join(others)}" for entity, others in shared))
    else:
        parts.append("owns its data")
    outbound = _outbound_sync(service, remaining, found)
    if outbound:
        parts.append(f"calls {', '.join(outbound)} synchronously")
    if len(remaining) == 1:
        parts.append("the last part of the monolith")
    return ", ".join(parts)
