"""The points-to store: abstract objects, variables, and a worklist that
propagates only what is new (difference propagation, as in Andersen-style
analyses). Knows nothing of Python; `solver` gives the constraints meaning.

Objects and nodes are tuples interned to ints:

    objects  ("func", q) ("class", q) ("module", m) ("inst", q) ("builtin", name)
             ("ext", dotted)         a library name by its import path
             ("extinst", dotted)     an instance of a library class
             ("extmember", dotted)   a method of one, or one a class of ours inherits
             ("extresult", dotted)   whatever calling a library function returned
             ("table", name)         a SQLAlchemy Table("name", ...)
             ("new", kind, file, expr) ("gen", q)
             ("bound", q) ("super", q, receiver class, "inst"|"class") ("task", q, method)
             ("cmethod", container, method) ("view", container, which) ("pair", container)
    nodes    ("var", scope, name) ("e", file, expr) ("ret", q) ("yield", q)
             ("elem", object) ("key", object) ("it", file, expr) ("tmp", n)
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import deque


class PointsToStore(ABC):
    def __init__(self, cap: int = 0) -> None:
        self.cap = cap  # if set, a node stops taking objects once it holds this many
        self.objects: list[tuple] = []
        self._object_ids: dict[tuple, int] = {}
        self._node_ids: dict[tuple, int] = {}
        self.pts: list[set[int]] = []
        self._succ: list[set[int] | None] = []
        self._succ_own: list[set[int] | None] = []  # edges that drop `opaque` objects
        self.opaque: set[int] = set()
        self._watchers: list[list[tuple] | None] = []
        self._installed: set[tuple[int, tuple]] = set()
        self._pending: dict[int, set[int]] = {}
        self._queue: deque[int] = deque()

    # -- interning -------------------------------------------------------------

    def obj(self, key: tuple) -> int:
        found = self._object_ids.get(key)
        if found is None:
            found = self._object_ids[key] = len(self.objects)
            self.objects.append(key)
        return found

    def node(self, key: tuple) -> int:
        found = self._node_ids.get(key)
        if found is None:
            found = self.fresh()
            self._node_ids[key] = found
        return found

    def fresh(self) -> int:
        self.pts.append(set())
        self._succ.append(None)
        self._succ_own.append(None)
        self._watchers.append(None)
        return len(self.pts) - 1

    def constant(self, obj: int) -> int:
        """A node that holds just `obj`."""
        node = self.node(("const", obj))
        self.add_one(node, obj)
        return node

    def existing(self, key: tuple) -> int | None:
        return self._node_ids.get(key)

    # -- constraints -------------------------------------------------------------

    def add(self, node: int, objects: set[int]) -> None:
        current = self.pts[node]
        if self.cap and len(current) >= self.cap:
            return
        new = objects - current
        if new:
            current |= new
            pending = self._pending.get(node)
            if pending is None:
                self._pending[node] = new
                self._queue.append(node)
            else:
                pending |= new

    def add_one(self, node: int, obj: int) -> None:
        current = self.pts[node]
        if obj not in current and not (self.cap and len(current) >= self.cap):
            current.add(obj)
            pending = self._pending.get(node)
            if pending is None:
                self._pending[node] = {obj}
                self._queue.append(node)
            else:
                pending.add(obj)

    def copy(self, source: int, target: int) -> None:
        """Everything `source` may hold, `target` may hold too."""
        self._link(self._succ, source, target, drop_opaque=False)

    def copy_own(self, source: int, target: int) -> None:
        """Like `copy`, but objects in `opaque` do not pass (used across calls)."""
        self._link(self._succ_own, source, target, drop_opaque=True)

    def _link(self, successors: list[set[int] | None], source: int, target: int, drop_opaque: bool) -> None:
        if source == target:
            return
        succ = successors[source]
        if succ is None:
            succ = successors[source] = set()
        elif target in succ:
            return
        succ.add(target)
        now = self.pts[source] - self.opaque if drop_opaque else self.pts[source]
        if now:
            self.add(target, now)

    def watch(self, node: int, constraint: tuple) -> None:
        """Run `constraint` for every object `node` holds, now and later."""
        key = (node, constraint)
        if key in self._installed:
            return
        self._installed.add(key)
        watchers = self._watchers[node]
        if watchers is None:
            watchers = self._watchers[node] = []
        watchers.append(constraint)
        if self.pts[node]:
            self.fire(constraint, set(self.pts[node]))

    @abstractmethod
    def fire(self, constraint: tuple, objects: set[int]) -> None:
        """Apply one constraint to newly arrived objects (the solver gives it meaning)."""

    def has_pending(self) -> bool:
        return bool(self._queue)

    def propagate(self) -> None:
        queue, pending = self._queue, self._pending
        while queue:
            node = queue.popleft()
            delta = pending.pop(node)
            succ = self._succ[node]
            if succ:
                for target in list(succ):
                    self.add(target, delta)
            succ = self._succ_own[node]
            if succ:
                own = delta - self.opaque
                if own:
                    for target in list(succ):
                        self.add(target, own)
            watchers = self._watchers[node]
            if watchers:
                for constraint in list(watchers):
                    self.fire(constraint, delta)
