"""What each constraint means for Python values: attribute loads and stores,
calls (functions, bound methods, constructors, builtins, task queues),
iteration, `with`, `raise`, containers.

Every call the program can make is recorded in `calls` as
(caller, file, line, callee) -> flags.
"""

from __future__ import annotations

from migrate_kit.model.facts import CALL_STARRED, CALL_TASK, CLASSMETHOD, GENERATOR, PROPERTY, STATIC
from migrate_kit.resolve.classes import ClassHierarchy

# Attributes of a task function that enqueue it (Celery and look-alikes).
TASK_METHODS = frozenset({"delay", "apply_async", "s", "si", "signature"})
CONTAINER_METHODS = frozenset(
    {"append", "add", "insert", "appendleft", "extend", "update", "get", "pop", "popitem",
     "popleft", "setdefault", "copy", "values", "keys", "items"}
)
MAX_EXTERNAL_DEPTH = 8  # dots and calls in one external name
_COPYING_BUILTINS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter"})
_KEY_BUILTINS = frozenset({"sorted", "min", "max"})


def external_result(name: str) -> str:
    """What calling an external name returns. A CamelCase name is taken to be a
    class (PEP 8), so its result's methods keep their import names
    (`requests.Session().get` is `requests.Session.get`); anything else returns
    an unknown value whose methods we do not name."""
    last = name.rsplit(".", 1)[-1]
    return name if last[:1].isupper() and "()" not in name else name + "()"


class Operations(ClassHierarchy):
    def init_operations(self) -> None:
        self.calls: dict[tuple[str, int, int, str], int] = {}
        self._handlers = {
            "bases": lambda c, objs: self.bases_changed(c[1]),
            "load": self._load,
            "lookup": self._lookup,
            "bind": self._bind,
            "call": self._call,
            "construct": self._construct_now,
            "store": self._store,
            "store_item": self._store_item,
            "item": self._item,
            "iter": self._iter,
            "next": self._next,
            "enter": self._enter,
            "super": self._super,
            "raise": self._raise,
        }

    def fire(self, constraint: tuple, objects: set[int]) -> None:
        self._handlers[constraint[0]](constraint, objects)

    def _record(self, site: tuple, callee: str, flags: int = 0) -> None:
        key = (site[0], site[1], site[2], callee)
        self.calls[key] = self.calls.get(key, 0) | site[3] | flags

    # -- attributes -------------------------------------------------------------------

    def _load(self, constraint: tuple, objects: set[int]) -> None:
        _, name, target, caller, fi, line = constraint
        site = (caller, fi, line, 0)
        for o in objects:
            key = self.objects[o]
            kind = key[0]
            if kind == "module":
                self.copy(self.node(("var", key[1], name)), target)
                if f"{key[1]}.{name}" in self.program.packages:
                    self.add_one(target, self.obj(("module", f"{key[1]}.{name}")))
            elif kind == "ext":
                self._add_external(target, f"{key[1]}.{name}")
            elif kind in ("class", "inst"):
                self._start_lookup(key[1], name, target, o, site, None)
            elif kind == "super":
                owner = self.objects[key[2]]
                self._start_lookup(owner[1], name, target, key[2], site, key[1])
            elif kind == "func" and name in TASK_METHODS:
                self.add_one(target, self.obj(("task", key[1], name)))
            elif kind == "new" and name in CONTAINER_METHODS:
                self.add_one(target, self.obj(("cmethod", o, name)))

    def _add_external(self, target: int, name: str) -> None:
        # `x = x.parent` in a loop would otherwise grow names forever.
        if name.count(".") + name.count("()") <= MAX_EXTERNAL_DEPTH:
            self.add_one(target, self.obj(("ext", name)))

    def _start_lookup(self, cls: str, name: str, target: int, self_obj: int, site: tuple, after: str | None) -> None:
        constraint = ("lookup", cls, name, target, site, after)
        self.depends_on_mro(cls, constraint, self_obj)
        self._lookup(constraint, {self_obj})

    def _lookup(self, constraint: tuple, objects: set[int]) -> None:
        _, cls, name, target, site, after = constraint
        slots, external = self.attribute_slots(cls, name, after)
        for o in objects:
            for owner in slots:
                self.watch(self.node(("var", owner, name)), ("bind", target, o, site))
            if external is not None:
                self._add_external(target, external)

    def _bind(self, constraint: tuple, objects: set[int]) -> None:
        """Functions found on a class become bound methods, per their decorator."""
        _, target, self_obj, site = constraint
        holder = self.objects[self_obj]
        for o in objects:
            key = self.objects[o]
            if key[0] != "func" or not self.program.is_method(key[1]):
                self.add_one(target, o)
                continue
            flags = self.program.first(key[1]).flags
            if flags & STATIC:
                self.add_one(target, o)
            elif flags & CLASSMETHOD:
                cls = self_obj if holder[0] == "class" else self.obj(("class", holder[1]))
                self.add_one(target, self.obj(("bound", key[1], cls)))
            elif flags & PROPERTY:
                if holder[0] == "inst":  # reading a property runs its getter
                    self._invoke(key[1], site, (), (), target, self_obj)
            elif holder[0] == "inst":
                self.add_one(target, self.obj(("bound", key[1], self_obj)))
            else:
                self.add_one(target, o)

    def _store(self, constraint: tuple, objects: set[int]) -> None:
        _, name, value = constraint
        for o in objects:
            key = self.objects[o]
            if key[0] in ("module", "class", "inst"):
                self.copy(value, self.node(("var", key[1], name)))

    def _super(self, constraint: tuple, objects: set[int]) -> None:
        _, cls, target = constraint
        for o in objects:
            if self.objects[o][0] in ("inst", "class"):
                self.add_one(target, self.obj(("super", cls, o)))

    # -- calls ------------------------------------------------------------------------

    def _call(self, constraint: tuple, objects: set[int]) -> None:
        _, site, args, kwargs, target, eid = constraint
        for o in objects:
            key = self.objects[o]
            kind = key[0]
            if kind == "func":
                self._invoke(key[1], site, args, kwargs, target, None)
            elif kind == "bound":
                self._invoke(key[1], site, args, kwargs, target, key[2])
            elif kind == "class":
                self._construct(key[1], site, args, kwargs, target)
            elif kind == "ext":
                if "()" not in key[1]:  # a name, not the result of an unknown call
                    self._record(site, key[1])
                self._add_external(target, external_result(key[1]))
            elif kind == "builtin":
                self._record(site, f"<builtin>.{key[1]}")
                self._builtin(key[1], site, args, kwargs, target, eid)
            elif kind == "task":
                self._record(site, key[1], CALL_TASK)
                if key[2] == "delay":
                    self._bind_arguments(key[1], site, args, kwargs, None)
            elif kind == "inst":
                method = self.find_method(key[1], "__call__")
                if method is not None:
                    self._invoke(method, site, args, kwargs, target, o)
            elif kind == "cmethod":
                self._container_call(key[1], key[2], args, target)

    def _invoke(self, function: str, site: tuple, args: tuple, kwargs: tuple, target: int, self_obj: int | None) -> None:
        self._record(site, function)
        if target >= 0:
            if self.program.first(function).flags & GENERATOR:
                self.add_one(target, self.obj(("gen", function)))
            else:
                self.copy(self.node(("ret", function)), target)
        self._bind_arguments(function, site, args, kwargs, self_obj)

    def _bind_arguments(self, function: str, site: tuple, args: tuple, kwargs: tuple, self_obj: int | None) -> None:
        params = self.program.first(function).params
        positional = []
        for param in params:
            if param.startswith("*"):
                break
            positional.append(param)
        offset = 0
        if self_obj is not None and positional:
            self.add_one(self.node(("var", function, positional[0])), self_obj)
            offset = 1
        if not site[3] & CALL_STARRED:
            for index, arg in enumerate(args, offset):
                if arg >= 0 and index < len(positional):
                    self.copy(arg, self.node(("var", function, positional[index])))
        for name, arg in kwargs:
            if arg >= 0 and name in params:
                self.copy(arg, self.node(("var", function, name)))

    def _construct(self, cls: str, site: tuple, args: tuple, kwargs: tuple, target: int) -> None:
        instance = self.obj(("inst", cls))
        if target >= 0:
            self.add_one(target, instance)
        constraint = ("construct", cls, site, args, kwargs)
        self.depends_on_mro(cls, constraint, instance)
        self._construct_now(constraint, {instance})

    def _construct_now(self, constraint: tuple, objects: set[int]) -> None:
        """A call to a class runs the first `__init__` along its MRO defined under ROOT."""
        _, cls, site, args, kwargs = constraint
        init = self.find_method(cls, "__init__")
        if init is not None:
            for instance in objects:
                self._invoke(init, site, args, kwargs, -1, instance)

    def _raise(self, constraint: tuple, objects: set[int]) -> None:
        site = constraint[1]
        for o in objects:
            key = self.objects[o]
            if key[0] == "class":
                self._construct(key[1], site, (), (), -1)
            elif key[0] == "builtin":
                self._record(site, f"<builtin>.{key[1]}")
            elif key[0] == "ext" and "()" not in key[1]:
                self._record(site, key[1])

    def _builtin(self, name: str, site: tuple, args: tuple, kwargs: tuple, target: int, eid: int) -> None:
        """The few builtins that move values or call what they are given."""
        caller, fi, line, _ = site
        plain = (caller, fi, line, 0)
        if name in ("getattr", "setattr") and len(args) >= 2 and args[0] >= 0:
            attribute = self._constant_string(fi, eid, 1)
            if attribute is None:
                return
            if name == "getattr":
                self.watch(args[0], ("load", attribute, target, caller, fi, line))
                if len(args) == 3 and args[2] >= 0:
                    self.copy(args[2], target)
            elif len(args) >= 3 and args[2] >= 0:
                self.watch(args[0], ("store", attribute, args[2]))
        elif name in ("map", "filter") and len(args) >= 2:
            self._map(name, args, plain, target, fi, eid)
        elif name == "next" and args and args[0] >= 0:
            self.watch(args[0], ("iter", target, plain))
        if name in _KEY_BUILTINS and args and args[0] >= 0:
            for keyword, function in kwargs:
                if keyword == "key" and function >= 0:
                    self.watch(function, ("call", plain, (self._elements(args[0], plain),), (), self.fresh(), eid))
        if name in _COPYING_BUILTINS and args and args[0] >= 0:
            container = self.obj(("new", "list", fi, eid))
            self.watch(args[0], ("iter", self.node(("elem", container)), plain))
            self.add_one(target, container)

    def _map(self, name: str, args: tuple, site: tuple, target: int, fi: int, eid: int) -> None:
        """map/filter call their function on each element; map collects the results.
        Whichever argument turns out callable is the function."""
        results = self.obj(("new", "list", fi, eid))
        self.add_one(target, results)
        collected = self.node(("elem", results)) if name == "map" else self.fresh()
        for index, function in enumerate(args):
            others = tuple(self._elements(a, site) for i, a in enumerate(args) if i != index)
            if function >= 0:
                self.watch(function, ("call", site, others[:1], (), collected, eid))
        if name == "filter" and args[-1] >= 0:
            self.watch(args[-1], ("iter", self.node(("elem", results)), site[:3]))

    def _elements(self, node: int, site: tuple) -> int:
        if node < 0:
            return node
        element = self.fresh()
        self.watch(node, ("iter", element, site[:3]))
        return element

    def _constant_string(self, fi: int, eid: int, position: int) -> str | None:
        exprs = self.program.files[fi].exprs
        args = exprs[eid][2]
        if position < len(args) and args[position] >= 0 and exprs[args[position]][0] == "str":
            return exprs[args[position]][1]
        return None

    # -- containers and iteration ---------------------------------------------------------

    def _container_call(self, container: int, method: str, args: tuple, target: int) -> None:
        element = self.node(("elem", container))
        if method in ("append", "add", "appendleft", "insert") and args and args[-1] >= 0:
            self.copy(args[-1], element)
        elif method == "extend" and args and args[0] >= 0:
            self.watch(args[0], ("iter", element, None))
        elif method == "update" and args and args[0] >= 0:
            self.watch(args[0], ("item", element, None))
        elif method in ("get", "pop", "popitem", "popleft", "setdefault"):
            self.copy(element, target)
            if method in ("get", "setdefault") and len(args) >= 2 and args[1] >= 0:
                self.copy(args[1], target if method == "get" else element)
        elif method == "copy":
            self.add_one(target, container)
        elif method in ("values", "keys", "items"):
            self.add_one(target, self.obj(("view", container, method)))

    def _elements_of(self, o: int, target: int) -> bool:
        """Copy what iterating a container-like object yields; False if it is not one."""
        key = self.objects[o]
        kind = key[0]
        if kind == "new":
            self.copy(self.node(("key" if key[1] == "dict" else "elem", o)), target)
        elif kind == "gen":
            self.copy(self.node(("yield", key[1])), target)
        elif kind == "view":
            container, which = key[1], key[2]
            if which == "items":
                self.add_one(target, self.obj(("pair", container)))
            else:
                self.copy(self.node(("key" if which == "keys" else "elem", container)), target)
        elif kind == "pair":
            self.copy(self.node(("elem", key[1])), target)
            self.copy(self.node(("key", key[1])), target)
        else:
            return False
        return True

    def _item(self, constraint: tuple, objects: set[int]) -> None:
        target = constraint[1]
        for o in objects:
            key = self.objects[o]
            if key[0] in ("new", "pair"):
                self.copy(self.node(("elem", o if key[0] == "new" else key[1])), target)
                if key[0] == "pair":
                    self.copy(self.node(("key", key[1])), target)
            elif key[0] == "view":
                self._elements_of(o, target)

    def _store_item(self, constraint: tuple, objects: set[int]) -> None:
        value = constraint[1]
        for o in objects:
            if self.objects[o][0] == "new":
                self.copy(value, self.node(("elem", o)))

    def _iter(self, constraint: tuple, objects: set[int]) -> None:
        _, target, site = constraint
        for o in objects:
            if self._elements_of(o, target) or site is None:
                continue
            key = self.objects[o]
            if key[0] == "inst":
                self.depends_on_mro(key[1], constraint, o)
                method = self.find_method(key[1], "__iter__")
                if method is not None:
                    iterator = self.node(("it", site, target))
                    self._invoke(method, (*site, 0), (), (), iterator, o)
                    self.watch(iterator, ("next", target, site))

    def _next(self, constraint: tuple, objects: set[int]) -> None:
        _, target, site = constraint
        for o in objects:
            if self._elements_of(o, target):
                continue
            key = self.objects[o]
            if key[0] == "inst":
                self.depends_on_mro(key[1], constraint, o)
                method = self.find_method(key[1], "__next__")
                if method is not None:
                    self._invoke(method, (*site, 0), (), (), target, o)

    def _enter(self, constraint: tuple, objects: set[int]) -> None:
        _, target, site = constraint
        for o in objects:
            key = self.objects[o]
            if key[0] == "gen":  # a @contextmanager generator yields what `as` binds
                self.copy(self.node(("yield", key[1])), target)
            elif key[0] == "inst":
                self.depends_on_mro(key[1], constraint, o)
                enter = self.find_method(key[1], "__enter__")
                if enter is not None:
                    self._invoke(enter, (*site, 0), (), (), target, o)
                exit_ = self.find_method(key[1], "__exit__")
                if exit_ is not None:
                    self._invoke(exit_, (*site, 0), (), (), -1, o)
