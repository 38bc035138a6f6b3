"""Class hierarchies: bases as resolution finds them, C3 MROs, attribute lookup.

Bases are expressions like any other, so a class's MRO can change while the
solver runs (a base imported through a chain of re-exports arrives late). Every
lookup that read an MRO registers itself and runs again when that MRO changes.
"""

from __future__ import annotations

from collections import defaultdict

from migrate_kit.resolve.graph_store import PointsToStore
from migrate_kit.resolve.program import Program

_BASE_KINDS = frozenset({"class", "ext", "extresult", "extmember", "builtin"})
MroEntry = tuple[str, str]  # ("class", qualname) | ("ext" | "extresult" | "extmember", dotted) | ("builtin", name)


class ClassHierarchy(PointsToStore):
    program: Program

    def init_classes(self) -> None:
        self._base_nodes: dict[str, list[int]] = defaultdict(list)
        self._mro: dict[str, tuple[MroEntry, ...]] = {}
        self._computing: set[str] = set()
        self._children: dict[str, dict[str, None]] = defaultdict(dict)  # ordered: runs must not depend on hashing
        self._dependents: dict[str, dict[tuple, None]] = defaultdict(dict)
        self._slots: dict[tuple[str, str, str | None], tuple[list[str], str | None]] = {}
        self._direct: dict[str, list[MroEntry]] = {}
        self._mro_ready = False
        self._waiting: list[tuple[tuple, int]] = []

    def register_bases(self, cls: str, nodes: list[int]) -> None:
        self._base_nodes[cls].extend(nodes)
        for node in nodes:
            self.watch(node, ("bases", cls))

    def direct_bases(self, cls: str) -> list[MroEntry]:
        found = self._direct.get(cls)
        if found is None:
            found = self._direct[cls] = self._compute_direct_bases(cls)
        return found

    def bases_grew(self, cls: str, objects: set[int]) -> None:
        """A base expression of `cls` may hold more: recompute only if a class arrived."""
        if not any(self.objects[o][0] in _BASE_KINDS for o in objects):
            return
        bases = self._compute_direct_bases(cls)
        if bases != self._direct.get(cls):
            self._direct[cls] = bases
            self.bases_changed(cls)

    def _compute_direct_bases(self, cls: str) -> list[MroEntry]:
        bases: list[MroEntry] = []
        for node in self._base_nodes.get(cls, ()):
            for key in sorted(self.objects[o] for o in self.pts[node]):
                if key[0] in _BASE_KINDS and key != ("builtin", "object"):
                    entry = (key[0], key[1])
                    if entry not in bases and entry != ("class", cls):
                        bases.append(entry)
        return bases

    def mro(self, cls: str) -> tuple[MroEntry, ...]:
        found = self._mro.get(cls)
        if found is None:
            if cls in self._computing:  # a cycle that only imprecision could create
                return (("class", cls),)
            self._computing.add(cls)
            found = self._mro[cls] = self._c3(cls)
            self._computing.discard(cls)
        return found

    def _c3(self, cls: str) -> tuple[MroEntry, ...]:
        bases = self.direct_bases(cls)
        for kind, name in bases:
            if kind == "class":
                self._children[name][cls] = None
        sequences = [list(self.mro(n)) if k == "class" else [(k, n)] for k, n in bases] + [list(bases)]
        result: list[MroEntry] = [("class", cls)]
        while True:
            sequences = [s for s in sequences if s]
            if not sequences:
                return tuple(result)
            for sequence in sequences:
                head = sequence[0]
                if not any(head in other[1:] for other in sequences):
                    break
            else:  # no consistent order: fall back to depth-first, as old Python did
                for sequence in sequences:
                    result.extend(e for e in sequence if e not in result)
                return tuple(dict.fromkeys(result))
            result.append(head)
            for sequence in sequences:
                if sequence[0] == head:
                    del sequence[0]

    def bases_changed(self, cls: str) -> None:
        """Recompute the MRO of `cls` and its subclasses; rerun lookups that used them."""
        todo, seen = [cls], set()
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            old = self._mro.pop(current, None)
            if self.mro(current) != old:
                self._slots.clear()
                for constraint, obj in list(self._dependents[current]):
                    self.fire(constraint, {obj})
            todo.extend(self._children.get(current, ()))

    def depends_on_mro(self, cls: str, constraint: tuple, obj: int) -> bool:
        """Register a constraint that reads the MRO of `cls`; it reruns when that MRO
        changes. False while MROs are not yet readable: it will run when they are."""
        self._dependents[cls][(constraint, obj)] = None
        if not self._mro_ready:
            self._waiting.append((constraint, obj))
            return False
        return True

    def release_mro_dependents(self) -> None:
        """First pass done: class bases have settled, so run what waited for MROs."""
        self._mro_ready = True
        waiting, self._waiting = self._waiting, []
        for constraint, obj in waiting:
            self.fire(constraint, {obj})

    # -- lookup -----------------------------------------------------------------

    def attribute_slots(self, cls: str, name: str, after: str | None = None) -> tuple[list[str], str | None]:
        """Classes whose attribute `name` a lookup on `cls` may find, in MRO order
        up to the first one that defines it, and an external fallback name.

        Attributes set on instances live in the class's own slot, so classes that
        do not define `name` in their body are still consulted.
        """
        key = (cls, name, after)
        found = self._slots.get(key)
        if found is None:
            found = self._slots[key] = self._attribute_slots(cls, name, after)
        return found

    def _attribute_slots(self, cls: str, name: str, after: str | None) -> tuple[list[str], str | None]:
        entries = self.mro(cls)
        if after is not None:
            position = next((i for i, e in enumerate(entries) if e == ("class", after)), len(entries))
            entries = entries[position + 1 :]
        slots: list[str] = []
        external = None
        for kind, qualname in entries:
            if kind == "class":
                slots.append(qualname)
                if self.program.class_binds(qualname, name):
                    return slots, None
            elif kind == "ext" and external is None:
                external = f"{qualname}.{name}"
        if name in self.program.stored_attributes:
            external = None  # our own code sets it: not the library's attribute
        return slots, external

    def find_method(self, cls: str, name: str) -> str | None:
        """The function a call to `cls.name` runs, if a class under ROOT defines it."""
        for kind, qualname in self.mro(cls):
            if kind == "class" and self.program.class_binds(qualname, name):
                method = f"{qualname}.{name}"
                return method if self.program.is_function(method) else None
        return None


