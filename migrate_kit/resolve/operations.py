"""What each constraint means for Python values. The solver fires constraints;
this table sends each to its handler in attributes, calls and containers.

Every call the program can make is recorded in `calls` as
(caller, file, line, callee) -> flags.
"""

from __future__ import annotations

from migrate_kit.resolve.containers import ContainerOps


class Operations(ContainerOps):
    def init_operations(self, survey: bool) -> None:
        self.calls: dict[tuple[str, int, int, str], int] = {}
        # In a survey pass, the (file, expression) of attribute reads found megamorphic.
        self.megamorphic: set[tuple[int, int]] | None = set() if survey else None
        self._receivers_seen: dict[tuple, int] = {}

    def fire(self, constraint: tuple, objects: set[int]) -> None:
        # A table of plain functions, not bound methods: a solver must not refer to
        # itself, so that it is freed as soon as it is dropped.
        _HANDLERS[constraint[0]](self, constraint, objects)


_HANDLERS = {
    "bases": lambda self, c, objs: self.bases_grew(c[1], objs),
    "load": Operations._load,
    "fill": Operations._fill,
    "getter": Operations._getter,
    "bind": Operations._bind,
    "call": Operations._call,
    "construct": Operations._construct_now,
    "store": Operations._store,
    "store_item": Operations._store_item,
    "item": Operations._item,
    "iter": Operations._iter,
    "next": Operations._next,
    "enter": Operations._enter,
    "super": Operations._super,
    "raise": Operations._raise,
    "internal_only": Operations._internal_only,
    "not_class": Operations._not_class,
}
