"""Whole-program resolution: every file's facts in, who calls what out."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from migrate_kit.model.facts import CALL_CALLBACK, CALL_RESULT_IGNORED, CALL_TASK, FileFacts
from migrate_kit.resolve.program import Program
from migrate_kit.resolve.solver import Solver


@dataclass(frozen=True, slots=True, order=True)
class CallSite:
    """One resolved call: `caller` (a scope's qualified name) calls `callee` at path:line."""

    caller: str
    callee: str  # a qualified name under ROOT, "<builtin>.NAME", or an external import name
    path: str
    line: int
    flags: int  # CALL_* flags of migrate_kit.model.facts

    @property
    def is_async(self) -> bool:
        """Fire-and-forget: the result is ignored, or it goes through a task queue."""
        return bool(self.flags & (CALL_RESULT_IGNORED | CALL_TASK))

    @property
    def is_callback(self) -> bool:
        """The callee came in as a parameter: the caller did not choose it."""
        return bool(self.flags & CALL_CALLBACK)


@dataclass(frozen=True)
class Resolution:
    program: Program
    solver: Solver
    calls: tuple[CallSite, ...]

    def mro(self, cls: str) -> tuple[tuple[str, str], ...]:
        return self.solver.mro(cls)

    def direct_bases(self, cls: str) -> list[tuple[str, str]]:
        return self.solver.direct_bases(cls)

    def values(self, file_index: int, eid: int) -> list[tuple]:
        return self.solver.values(file_index, eid)


def resolve(files: tuple[FileFacts, ...]) -> Resolution:
    """A survey pass finds attribute reads on receivers of too many classes
    (megamorphic); the final pass resolves everything else without them. Where the
    final pass finds expressions with FINAL_NODE_CAP values or more (537 of Django's,
    tens of thousands of pandas'), it runs again with those taken as unknown."""
    program = Program.build(files)
    with gc_paused():
        survey = Solver(program, survey=True)
        survey.solve()
        megamorphic = frozenset(survey.megamorphic)
        del survey
        cut: frozenset[tuple[int, int]] = frozenset()
        while True:
            solver = Solver(program, skip=megamorphic, cut=cut)
            solver.solve()
            overflowing = solver.overflowing()
            if not overflowing:
                break
            # Sets that hit the cap hold an arbitrary part of their values: solve again
            # with those expressions unknown, until none overflows.
            del solver
            cut |= overflowing
    paths = [facts.path for facts in program.files]
    # Sorted as plain tuples (field order of CallSite), which compare in C.
    rows = sorted((caller, callee, paths[fi], line, flags) for (caller, fi, line, callee), flags in solver.calls.items())
    return Resolution(program, solver, tuple(CallSite(*row) for row in rows))


@contextmanager
def gc_paused() -> Iterator[None]:
    """The solver allocates millions of small sets and tuples and makes no reference
    cycles; the cyclic collector would rescan them all, again and again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what exists now is long-lived: later collections skip it
        if was_enabled:
            gc.enable()
