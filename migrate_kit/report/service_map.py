"""The service map: one node per service (never one per module), one edge per
calling direction between two services, with its call sites added up."""

from __future__ import annotations

import math
from collections import defaultdict

from migrate_kit.model.boundaries import ASYNC, SYNC, Proposal
from migrate_kit.report import layout
from migrate_kit.report.view import InterfaceRow, MapEdge, MapNode, ServiceCard, ServiceMap

ARROW = 10.0  # the arrow head's length (markers are drawn in user space: same size on every edge)


def edge_width(sites: int) -> float:
    return round(min(1.2 + 1.3 * math.log2(1 + sites), 7.0), 1)


def service_map(cards: tuple[ServiceCard, ...], interfaces: tuple[InterfaceRow, ...], proposal: Proposal,
                seed: int = 0) -> ServiceMap:
    names = [card.name for card in cards]
    position = {name: i for i, name in enumerate(names)}
    grouped: dict[tuple[str, str], list[InterfaceRow]] = defaultdict(list)
    for interface in interfaces:
        if interface.source in position and interface.target_service in position:
            grouped[(interface.source, interface.target_service)].append(interface)
    sites = {pair: sum(len(i.call_sites) for i in group) for pair, group in grouped.items()}
    links = {(position[a], position[b]): float(count) for (a, b), count in sites.items()}
    box, placed = layout.place([card.loc for card in cards], names, links, seed)
    cyclic = [set(c.services) for c in proposal.conflicts if c.kind == "cycle"]
    cuts = {(a, b) for c in proposal.conflicts if c.kind == "cycle" for a, b, _ in c.break_edges}
    nodes = tuple(
        MapNode(card.name, card.index, p.x, p.y, p.r, card.loc, len(card.modules), card.in_cycle)
        for card, p in zip(cards, placed)
    )
    edges = []
    for (a, b), group in sorted(grouped.items()):
        width_ = edge_width(sites[(a, b)])
        bend = 0.16 if (b, a) in grouped else 0.05
        shape = layout.curve(placed[position[a]], placed[position[b]], bend, ARROW)
        edges.append(MapEdge(
            source=a,
            target=b,
            sites=sites[(a, b)],
            interfaces=len(group),
            style=ASYNC if all(i.style == ASYNC for i in group) else SYNC,
            in_cycle=any(a in c and b in c for c in cyclic),
            cut=(a, b) in cuts,
            path=shape.path,
            width=width_,
            tick=shape.tick if (a, b) in cuts else "",
        ))
    # Thin edges last, so they stay visible (and clickable) above thick ones.
    edges.sort(key=lambda e: (-e.width, e.source, e.target))
    return ServiceMap(box.width, box.height, box.font, nodes, tuple(edges))
