"""Attribute loads and stores: modules, library names, class and instance
attributes through the MRO, bound methods, properties, `super()`."""

from __future__ import annotations

from migrate_kit.model.facts import CLASSMETHOD, PROPERTY, STATIC
from migrate_kit.resolve.classes import ClassHierarchy
from migrate_kit.resolve.program import submodule

# Attributes of a task function that enqueue it (Celery and look-alikes).
TASK_METHODS = frozenset({"delay", "apply_async", "s", "si", "signature"})
CONTAINER_METHODS = frozenset(
    {"append", "add", "insert", "appendleft", "extend", "update", "get", "pop", "popitem",
     "popleft", "setdefault", "copy", "values", "keys", "items"}
)
# An attribute read whose receiver may be an instance (or class) of more than this
# many classes tells us nothing: resolving it would only add wrong edges and
# slow everything down, so it is left unresolved (see Solver).
MEGAMORPHIC = 32
_RECEIVERS = frozenset({"inst", "class", "super"})
MAX_EXTERNAL_DEPTH = 5  # dots in one external import path (`xml.etree.ElementTree.parse` has 3)


def is_class_name(name: str) -> bool:
    """PEP 8: a CamelCase last component names a class."""
    return name.rsplit(".", 1)[-1][:1].isupper()


class AttributeOps(ClassHierarchy):
    def _load(self, constraint: tuple, objects: set[int]) -> None:
        _, name, target, caller, fi, line, eid = constraint
        site = (caller, fi, line, 0)
        for o in objects:
            key = self.objects[o]
            kind = key[0]
            if kind in _RECEIVERS and self.megamorphic is not None and eid >= 0 and self._too_many(constraint, fi, eid):
                return
            if kind == "module":
                self.copy(self.node(("var", key[1], name)), target)
                module = submodule(key[1], name)
                if module in self.program.packages:
                    self.add_one(target, self.obj(("module", module)))
            elif kind == "ext":  # an import path: `os.path` -> `os.path.join`
                if key[1].count(".") < MAX_EXTERNAL_DEPTH:
                    self.add_one(target, self._external("ext", f"{key[1]}.{name}"))
            elif kind == "extinst":  # a method of an instance of a library class
                self.add_one(target, self.obj(("extmember", f"{key[1]}.{name}")))
            elif kind in ("class", "inst"):
                self._start_lookup(key[1], name, target, kind, site, None)
            elif kind == "super":  # ("super", method's class, receiver's class, receiver kind)
                self._start_lookup(key[2], name, target, key[3], site, key[1])
            elif kind == "func" and name in TASK_METHODS:
                self.add_one(target, self.obj(("task", key[1], name)))
            elif kind == "new" and name in CONTAINER_METHODS:
                self.add_one(target, self.obj(("cmethod", o, name)))

    def _too_many(self, constraint: tuple, fi: int, eid: int) -> bool:
        """Survey pass only: count the classes an attribute is read on at one site;
        past MEGAMORPHIC the site is noted, and the final pass will not resolve it."""
        seen = self._receivers_seen.get(constraint, 0) + 1
        self._receivers_seen[constraint] = seen
        if seen > MEGAMORPHIC:
            self.megamorphic.add((fi, eid))
            return True
        return False

    def _library_result(self, name: str, fi: int, eid: int) -> int:
        """What calling a library name gives back. `Table("orders", ...)` is a
        table we can name (SQLAlchemy's table objects are data entities)."""
        if name.rsplit(".", 1)[-1] == "Table":
            table = self._constant_string(fi, eid, 0)
            if table:
                return self.obj(("table", table))
        return self._external("extinst" if is_class_name(name) else "extresult", name)

    def _external(self, kind: str, name: str) -> int:
        """Library import paths and opaque results do not travel into our functions'
        parameters or out of their returns: there they only mix with everything."""
        obj = self.obj((kind, name))
        if kind in ("ext", "extresult"):
            self.opaque.add(obj)
        return obj

    def _start_lookup(self, cls: str, name: str, target: int, holder: str, site: tuple, after: str | None) -> None:
        """`x.name` where x is a class (holder "class") or an instance (holder "inst")."""
        shared = self._class_attribute(cls, name, holder, after)
        self.copy(shared, target)
        if holder == "inst" and name in self.program.property_names:
            self.watch(self.node(("getters", shared)), ("getter", site, target))

    def _class_attribute(self, cls: str, name: str, holder: str, after: str | None) -> int:
        """One node per (class, name, holder) that every `x.name` on such an x copies from."""
        key = ("attr", cls, name, holder, after)
        node = self.existing(key)
        if node is None:
            node = self.node(key)
            constraint = ("fill", cls, name, holder, after, node)
            trigger = self.obj((holder, cls))
            if self.depends_on_mro(cls, constraint, trigger):
                self._fill(constraint, {trigger})
        return node

    def _fill(self, constraint: tuple, objects: set[int]) -> None:
        _, cls, name, holder, after, node = constraint
        slots, external = self.attribute_slots(cls, name, after)
        receiver = self.obj((holder, cls))
        for owner in slots:
            self.watch(self.node(("var", owner, name)), ("bind", node, holder, receiver))
        if external is not None:
            self.add_one(node, self.obj(("extmember", external)))

    def _getter(self, constraint: tuple, objects: set[int]) -> None:
        _, site, target = constraint
        for o in objects:
            self._invoke(self.objects[o][1], site, (), (), target, implicit_self=True)

    def _bind(self, constraint: tuple, objects: set[int]) -> None:
        """Functions found on a class become bound methods, per their decorator.

        A bound method does not remember its receiver: remembering receivers
        multiplies objects on large codebases. Instead the method's first parameter
        receives the class being searched (an instance of it, or the class for a
        classmethod), which also covers methods reached through `super()`. Property
        getters go aside: each site that reads the property calls them.
        """
        _, target, holder, receiver = constraint
        cls = self.objects[receiver][1]
        for o in objects:
            key = self.objects[o]
            if key[0] != "func" or not self.program.is_method(key[1]):
                self.add_one(target, o)
                continue
            scope = self.program.first(key[1])
            flags = scope.flags
            if flags & STATIC:
                self.add_one(target, o)
                continue
            if flags & CLASSMETHOD:
                self._receive(scope, key[1], self.obj(("class", cls)))
                self.add_one(target, self.obj(("bound", key[1])))
            elif holder == "class":
                self.add_one(target, o)  # a plain function when read from the class
            elif flags & PROPERTY:
                self._receive(scope, key[1], receiver)
                self.add_one(self.node(("getters", target)), o)
            else:
                self._receive(scope, key[1], receiver)
                self.add_one(target, self.obj(("bound", key[1])))

    def _receive(self, scope, function: str, receiver: int) -> None:
        if scope.params and not scope.params[0].startswith("*"):
            self.add_one(self.node(("var", function, scope.params[0])), receiver)

    def _store(self, constraint: tuple, objects: set[int]) -> None:
        _, name, value = constraint
        for o in objects:
            key = self.objects[o]
            if key[0] in ("module", "class", "inst"):
                self.copy(value, self.node(("var", key[1], name)))

    def _super(self, constraint: tuple, objects: set[int]) -> None:
        _, cls, target = constraint
        for o in objects:
            key = self.objects[o]
            if key[0] in ("inst", "class"):
                self.add_one(target, self.obj(("super", cls, key[1], key[0])))

    # -- calls ------------------------------------------------------------------------
