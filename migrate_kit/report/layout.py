"""Where the service map draws its nodes and edges, computed here rather than in
the browser so the report is static, deterministic and light.

A small seeded Fruchterman-Reingold layout in pure Python (a service map has tens
of nodes, not thousands; networkx's layouts would need numpy), then overlaps are
pushed apart and everything is scaled into the SVG's view box.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

BASE_WIDTH, BASE_HEIGHT = 900, 600
MIN_R, MAX_R = 14.0, 48.0
BASE_FONT = 16.0
MARGIN = 16.0
ARROW_GAP = 3.0
CHAR_WIDTH = 0.58  # of the font size: a label's width, roughly
GRAVITY = 1.0  # pull towards the centre, proportional to distance
STRETCH = 1.6  # how much more one axis may be scaled than the other


@dataclass(frozen=True, slots=True)
class Placed:
    x: float
    y: float
    r: float


@dataclass(frozen=True, slots=True)
class Canvas:
    width: int
    height: int
    font: float  # label size in view box units: grows more slowly than the canvas

    @property
    def label_room(self) -> float:
        """Below a node: its name and its size."""
        return round(self.font * 2.7, 1)


@dataclass(frozen=True, slots=True)
class Curve:
    path: str
    tick: str  # a short stroke across the middle, for edges to cut


def canvas(count: int) -> Canvas:
    """The view box grows with the number of services, so nodes keep room."""
    grow = max(1.0, math.sqrt(count / 14))
    return Canvas(round(BASE_WIDTH * grow), round(BASE_HEIGHT * grow), round(BASE_FONT * math.sqrt(grow), 1))


def radii(sizes: Sequence[int]) -> list[float]:
    """Node area follows lines of code (the smallest stay big enough to click)."""
    largest = max(sizes, default=0) or 1
    return [max(MIN_R, MAX_R * math.sqrt(max(s, 0) / largest)) for s in sizes]


def place(
    sizes: Sequence[int], labels: Sequence[str], links: dict[tuple[int, int], float], seed: int = 0
) -> tuple[Canvas, list[Placed]]:
    """Positions for nodes 0..n-1; links: (i, j) -> weight, i != j, either direction."""
    count = len(sizes)
    box = canvas(count)
    if count == 0:
        return box, []
    rs = radii(sizes)
    half = [max(r, len(label) * CHAR_WIDTH * box.font / 2) + 4 for r, label in zip(rs, labels)]
    points = _spring(count, _undirected(links), random.Random(seed))
    points = _fit(points, box)
    for _ in range(120):
        moved = _separate(points, rs, half, box.label_room)
        _clamp(points, rs, half, box)
        if not moved:
            break
    return box, [Placed(round(x, 1), round(y, 1), round(r, 1)) for (x, y), r in zip(points, rs)]


def _undirected(links: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    merged: dict[tuple[int, int], float] = {}
    for (a, b), weight in links.items():
        if a != b:
            key = (min(a, b), max(a, b))
            merged[key] = merged.get(key, 0.0) + weight
    return merged


def _spring(count: int, links: dict[tuple[int, int], float], rng: random.Random) -> list[list[float]]:
    if count == 1:
        return [[0.0, 0.0]]
    xs, ys = [], []
    for i in range(count):
        xs.append(math.cos(2 * math.pi * i / count) + rng.uniform(-0.05, 0.05))
        ys.append(math.sin(2 * math.pi * i / count) + rng.uniform(-0.05, 0.05))
    k = 1.6 / math.sqrt(count)
    k2 = k * k
    strongest = max(links.values(), default=1.0)
    weights = [(i, j, 0.4 + math.log2(1 + w) / math.log2(1 + strongest)) for (i, j), w in links.items()]
    hypot = math.hypot
    temperature = 0.2
    # Every pair repels and every link pulls, as in Fruchterman-Reingold; the loops keep
    # coordinates in flat lists and locals because a big codebase has a hundred services.
    for _ in range(300):
        move_x = [-GRAVITY * x for x in xs]  # keeps loners at the rim, not far away
        move_y = [-GRAVITY * y for y in ys]
        for i in range(count):
            xi, yi = xs[i], ys[i]
            sum_x, sum_y = move_x[i], move_y[i]
            for j in range(i + 1, count):
                dx, dy = xi - xs[j], yi - ys[j]
                distance = hypot(dx, dy) or 1e-6
                push = k2 / distance
                fx, fy = dx / distance * push, dy / distance * push
                sum_x += fx
                sum_y += fy
                move_x[j] -= fx
                move_y[j] -= fy
            move_x[i], move_y[i] = sum_x, sum_y
        for i, j, weight in weights:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            distance = hypot(dx, dy) or 1e-6
            pull = distance * distance / k * weight
            fx, fy = dx / distance * pull, dy / distance * pull
            move_x[i] -= fx
            move_y[i] -= fy
            move_x[j] += fx
            move_y[j] += fy
        for i in range(count):
            mx, my = move_x[i], move_y[i]
            length = hypot(mx, my) or 1e-6
            step = min(length, temperature)
            xs[i] += mx / length * step
            ys[i] += my / length * step
        temperature = max(temperature * 0.985, 0.002)
    return [[x, y] for x, y in zip(xs, ys)]


def _fit(points: list[list[float]], box: Canvas) -> list[list[float]]:
    """Scale the spring layout into the view box; the axes may stretch differently
    (up to STRETCH) so a round cloud of nodes fills a wide box."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    side = MARGIN + MAX_R + box.font * 2
    top, bottom = MARGIN + MAX_R, MARGIN + MAX_R + box.label_room
    scale_x, scale_y = (box.width - 2 * side) / span_x, (box.height - top - bottom) / span_y
    even = min(scale_x, scale_y)
    scale_x, scale_y = min(scale_x, even * STRETCH), min(scale_y, even * STRETCH)
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    centre_y = top + (box.height - top - bottom) / 2
    return [[box.width / 2 + (x - mid_x) * scale_x, centre_y + (y - mid_y) * scale_y] for x, y in points]


def _separate(points: list[list[float]], rs: list[float], half: list[float], label_room: float) -> bool:
    """Push apart nodes whose boxes (disc plus label underneath) overlap, along the
    axis where they overlap least."""
    moved = False
    count = len(points)
    for i in range(count):
        point_i, half_i, r_i = points[i], half[i], rs[i]
        for j in range(i + 1, count):
            point_j = points[j]
            dx = point_j[0] - point_i[0]
            over_x = half_i + half[j] + 6 - abs(dx)
            if over_x <= 0:
                continue
            dy = point_j[1] - point_i[1]
            over_y = r_i + rs[j] + label_room + 6 - abs(dy)
            if over_y <= 0:
                continue
            moved = True
            if over_x < over_y:
                shift = over_x / 2 * (1 if dx >= 0 else -1)
                point_i[0] -= shift
                point_j[0] += shift
            else:
                shift = over_y / 2 * (1 if dy >= 0 else -1)
                point_i[1] -= shift
                point_j[1] += shift
    return moved


def _clamp(points: list[list[float]], rs: list[float], half: list[float], box: Canvas) -> None:
    for point, r, h in zip(points, rs, half):
        point[0] = min(max(point[0], MARGIN + h), box.width - MARGIN - h)
        point[1] = min(max(point[1], MARGIN + r), box.height - MARGIN - r - box.label_room)


def curve(start: Placed, end: Placed, bend: float, arrow: float) -> Curve:
    """A quadratic curve from start's rim to end's rim (leaving room for the arrow
    head), bent to the right of its direction so opposite edges do not overlap."""
    dx, dy = end.x - start.x, end.y - start.y
    distance = math.hypot(dx, dy) or 1e-6
    nx_, ny_ = -dy / distance, dx / distance  # the right-hand normal (SVG's y grows downwards)
    cx = (start.x + end.x) / 2 + nx_ * distance * bend
    cy = (start.y + end.y) / 2 + ny_ * distance * bend
    sx, sy = _towards(start, cx, cy, start.r + ARROW_GAP)
    ex, ey = _towards(end, cx, cy, end.r + ARROW_GAP + arrow)
    mx, my = 0.25 * sx + 0.5 * cx + 0.25 * ex, 0.25 * sy + 0.5 * cy + 0.25 * ey
    tx, ty = ex - sx, ey - sy
    length = math.hypot(tx, ty) or 1e-6
    px, py = -ty / length * 9, tx / length * 9
    return Curve(
        path=f"M{sx:.1f} {sy:.1f}Q{cx:.1f} {cy:.1f} {ex:.1f} {ey:.1f}",
        tick=f"M{mx - px:.1f} {my - py:.1f}L{mx + px:.1f} {my + py:.1f}",
    )


def _towards(node: Placed, x: float, y: float, distance: float) -> tuple[float, float]:
    dx, dy = x - node.x, y - node.y
    length = math.hypot(dx, dy) or 1e-6
    return node.x + dx / length * distance, node.y + dy / length * distance
