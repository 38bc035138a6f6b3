"""A proposal of service boundaries: what `boundaries.yaml` holds (design.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass, field

SYNC, ASYNC = "sync", "async"


@dataclass(frozen=True, slots=True)
class Service:
    name: str
    modules: tuple[str, ...]
    entities: tuple[str, ...] = ()
    confidence: float = 0.0
    new_modules: tuple[str, ...] = ()  # placed automatically since the file was written
    extra: dict = field(default_factory=dict, compare=False)  # keys a person added: kept as they are


@dataclass(frozen=True, slots=True)
class Interface:
    """Every call from one service to a function of another, grouped by that function."""

    source: str  # "from" in YAML
    target_service: str  # "to"
    target: str  # the called function
    style: str  # async when every call site ignores the result or goes through a task queue
    call_sites: tuple[str, ...]  # "path:line"


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # shared_write | cycle
    services: tuple[str, ...]
    entity: str = ""  # shared_write
    writers: tuple[str, ...] = ()  # shared_write: the functions that write it, per service "service: function"
    break_edges: tuple[tuple[str, str, int], ...] = ()  # cycle: (from, to, call sites), fewest first


@dataclass(frozen=True, slots=True)
class PlanStep:
    step: int
    service: str
    why: str


@dataclass(frozen=True, slots=True)
class Proposal:
    root: str
    seed: int
    services: tuple[Service, ...]
    shared_kernel: tuple[str, ...]
    kernel_reasons: dict[str, str]
    interfaces: tuple[Interface, ...]
    conflicts: tuple[Conflict, ...]
    metrics: dict[str, float]
    plan: tuple[PlanStep, ...]
    removed_modules: tuple[str, ...] = ()  # in an edited file but no longer in the code
    extra: dict = field(default_factory=dict, compare=False)  # unknown top-level keys, kept
