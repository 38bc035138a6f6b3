"""The report's view model: plain frozen values, everything the templates show.

Built once from the graph and the proposal (`build.build_view`); the HTML and
Markdown templates only format it. Text that comes from the analyzed code stays
raw here: escaping is the templates' job (autoescape for HTML, filters for
Markdown), so the view model can be tested on its numbers and labels.
"""

from __future__ import annotations

from dataclasses import dataclass

KERNEL = "shared kernel"  # the column and card of modules no service owns


@dataclass(frozen=True, slots=True)
class Stat:
    label: str
    value: int


@dataclass(frozen=True, slots=True)
class MetricRow:
    key: str
    name: str  # "Inter-call percentage"
    short: str  # "Q", "ICP", ...; empty when the key says it all
    value: str  # formatted
    meaning: str
    better: str  # "higher" | "lower"


@dataclass(frozen=True, slots=True)
class ModuleRow:
    name: str
    anchor: str  # its element id in the report
    path: str
    loc: int
    doc: str
    service: str  # a service name, or KERNEL
    confidence: float | None  # how stably it lands in its service; None when unknown
    new: bool = False  # placed automatically since the boundaries file was written
    reason: str = ""  # kernel modules: why they are in the kernel


@dataclass(frozen=True, slots=True)
class EntryRow:
    function: str
    kind: str  # http | task | cli
    method: str
    route: str  # the HTTP path or command / task name
    framework: str
    location: str  # path:line


@dataclass(frozen=True, slots=True)
class InterfaceRow:
    source: str
    target_service: str
    target: str
    style: str  # sync | async
    call_sites: tuple[str, ...]  # path:line


@dataclass(frozen=True, slots=True)
class EntityRef:
    name: str
    table: str
    framework: str
    shared: bool  # written by more than one service


@dataclass(frozen=True, slots=True)
class ServiceCard:
    index: int
    name: str
    loc: int
    confidence: float
    modules: tuple[ModuleRow, ...]
    entities: tuple[EntityRef, ...]
    entry_points: tuple[EntryRow, ...]
    inbound: tuple[InterfaceRow, ...]
    outbound: tuple[InterfaceRow, ...]
    packages: tuple[str, ...]  # third-party packages its modules import
    plan_step: int | None
    in_cycle: bool


@dataclass(frozen=True, slots=True)
class MapNode:
    name: str
    index: int  # the card it opens
    x: float
    y: float
    r: float
    loc: int
    modules: int
    in_cycle: bool


@dataclass(frozen=True, slots=True)
class MapEdge:
    source: str
    target: str
    sites: int  # cross-service call sites
    interfaces: int
    style: str  # async when every interface on it is async
    in_cycle: bool
    cut: bool  # one of the edges that would break the cycle
    path: str  # SVG path data
    width: float
    tick: str  # SVG path of the "cut here" mark, empty unless cut


@dataclass(frozen=True, slots=True)
class ServiceMap:
    width: int
    height: int
    font: float  # label size in view box units
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]


@dataclass(frozen=True, slots=True)
class MatrixRow:
    entity: str
    table: str
    owner: str
    cells: tuple[str, ...]  # per column: "", "R", "W" or "RW"
    shared: bool  # written by more than one service
    detail: tuple[str, ...]  # per column: how and where it is read or written


@dataclass(frozen=True, slots=True)
class Matrix:
    columns: tuple[str, ...]  # services (and KERNEL when kernel code touches data)
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True, slots=True)
class SharedWrite:
    entity: str
    services: tuple[str, ...]
    writers: tuple[str, ...]  # "service: function"


@dataclass(frozen=True, slots=True)
class CutEdge:
    source: str
    target: str
    sites: int
    call_sites: tuple[str, ...]  # where those calls are


@dataclass(frozen=True, slots=True)
class Cycle:
    services: tuple[str, ...]
    cuts: tuple[CutEdge, ...]


@dataclass(frozen=True, slots=True)
class PlanRow:
    step: int
    service: str
    why: str


@dataclass(frozen=True, slots=True)
class SkippedRow:
    path: str
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class ReportView:
    title: str
    root: str
    seed: int
    stats: tuple[Stat, ...]
    metrics: tuple[MetricRow, ...]
    service_map: ServiceMap
    cards: tuple[ServiceCard, ...]
    kernel: tuple[ModuleRow, ...]
    interfaces: tuple[InterfaceRow, ...]
    matrix: Matrix
    shared_writes: tuple[SharedWrite, ...]
    cycles: tuple[Cycle, ...]
    plan: tuple[PlanRow, ...]
    skipped: tuple[SkippedRow, ...]
    removed_modules: tuple[str, ...]

    @property
    def services(self) -> tuple[str, ...]:
        return tuple(card.name for card in self.cards)

    def stat(self, label: str) -> int:
        return next(s.value for s in self.stats if s.label == label)
