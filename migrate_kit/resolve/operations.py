"""What each constraint means for Python values: attribute loads and stores,
calls (functions, bound methods, constructors, builtins, task queues),
iteration, `with`, `raise`, containers.

Every call the program can make is recorded in `calls` as
(caller, file, line, callee) -> flags.
"""

from __future__ import annotations

from migrate_kit.model.facts import CALL_DECORATOR, CALL_STARRED, CALL_TASK, CLASSMETHOD, GENERATOR, PROPERTY, STATIC
from migrate_kit.resolve.classes import ClassHierarchy

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
_COPYING_BUILTINS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter"})
_KEY_BUILTINS = frozenset({"sorted", "min", "max"})


def is_class_name(name: str) -> bool:
    """PEP 8: a CamelCase last component names a class."""
    return name.rsplit(".", 1)[-1][:1].isupper()


class Operations(ClassHierarchy):
    def init_operations(self, survey: bool) -> None:
        self.calls: dict[tuple[str, int, int, str], int] = {}
        # In a survey pass, the (file, expression) of attribute reads found megamorphic.
        self.megamorphic: set[tuple[int, int]] | None = set() if survey else None
        self._receivers_seen: dict[tuple, int] = {}

    def fire(self, constraint: tuple, objects: set[int]) -> None:
        # A table of plain functions, not bound methods: a solver must not refer to
        # itself, so that it is freed as soon as it is dropped.
        _HANDLERS[constraint[0]](self, constraint, objects)

    def _record(self, site: tuple, callee: str, flags: int = 0) -> None:
        key = (site[0], site[1], site[2], callee)
        self.calls[key] = self.calls.get(key, 0) | site[3] | flags

    # -- attributes -------------------------------------------------------------------

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
                if f"{key[1]}.{name}" in self.program.packages:
                    self.add_one(target, self.obj(("module", f"{key[1]}.{name}")))
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

    def _call(self, constraint: tuple, objects: set[int]) -> None:
        _, site, args, kwargs, target, eid = constraint
        for o in objects:
            key = self.objects[o]
            kind = key[0]
            if kind == "func":
                self._invoke(key[1], site, args, kwargs, target, None)
            elif kind == "bound":
                self._invoke(key[1], site, args, kwargs, target, implicit_self=True)
            elif kind == "class":
                self._construct(key[1], site, args, kwargs, target)
            elif kind in ("ext", "extmember"):
                self._record(site, key[1])
                # Calling a library class makes an instance whose methods we can name;
                # what a library function returns is opaque, a library method's unknown.
                if kind == "ext":
                    self.add_one(target, self._library_result(key[1], site[1], eid))
                if site[3] & CALL_DECORATOR and args and args[0] >= 0:
                    # Library decorators (functools.wraps, app.route, app.task, lru_cache)
                    # hand back what they decorate, or something that calls it.
                    self.copy(args[0], target)
            elif kind == "builtin":
                self._record(site, f"<builtin>.{key[1]}")
                self._builtin(key[1], site, args, kwargs, target, eid)
            elif kind == "task":
                self._record(site, key[1], CALL_TASK)
                if key[2] == "delay":
                    self._bind_arguments(key[1], site, args, kwargs)
            elif kind == "inst":
                if not self.depends_on_mro(key[1], constraint, o):
                    continue
                method = self.find_method(key[1], "__call__")
                if method is not None:
                    self._invoke(method, site, args, kwargs, target, receiver=o)
            elif kind == "cmethod":
                self._container_call(key[1], key[2], args, target)

    def _invoke(
        self, function: str, site: tuple, args: tuple, kwargs: tuple, target: int,
        receiver: int | None = None, implicit_self: bool = False,
    ) -> None:
        """Call a function of ours: record the edge, pass arguments, collect the result.
        `receiver` is bound to the first parameter; `implicit_self` only skips it."""
        self._record(site, function)
        if target >= 0:
            if self.program.first(function).flags & GENERATOR:
                self.add_one(target, self.obj(("gen", function)))
            else:
                self.copy_own(self.node(("ret", function)), target)
                for param in self.program.passthrough.get(function, ()):
                    argument = self._argument_for(function, param, site, args, kwargs, receiver, implicit_self)
                    self.copy_own(argument, target)
        self._bind_arguments(function, site, args, kwargs, receiver, implicit_self)

    def _argument_for(
        self, function: str, param: str, site: tuple, args: tuple, kwargs: tuple,
        receiver: int | None, implicit_self: bool,
    ) -> int:
        """The node this call passes for `param`; the parameter itself when unknown."""
        for name, arg in kwargs:
            if name == param and arg >= 0:
                return arg
        params = self.program.first(function).params
        index = params.index(param)
        if receiver is not None or implicit_self:
            if index == 0:
                return self.constant(receiver) if receiver is not None else self.node(("var", function, param))
            index -= 1
        if not site[3] & CALL_STARRED and "*" not in "".join(p[:1] for p in params[: index + 1]):
            if index < len(args) and args[index] >= 0:
                return args[index]
        return self.node(("var", function, param))

    def _bind_arguments(
        self, function: str, site: tuple, args: tuple, kwargs: tuple,
        receiver: int | None = None, implicit_self: bool = False,
    ) -> None:
        params = self.program.first(function).params
        positional = []
        for param in params:
            if param.startswith("*"):
                break
            positional.append(param)
        offset = 0
        if (receiver is not None or implicit_self) and positional:
            if receiver is not None:
                self.add_one(self.node(("var", function, positional[0])), receiver)
            offset = 1
        extra_positional = self._packed(function, params, "*", "tuple")
        extra_keywords = self._packed(function, params, "**", "dict")
        if not site[3] & CALL_STARRED:
            for index, arg in enumerate(args, offset):
                if arg < 0:
                    continue
                if index < len(positional):
                    self.copy_own(arg, self.node(("var", function, positional[index])))
                elif extra_positional is not None:
                    self.copy_own(arg, extra_positional)
        for name, arg in kwargs:
            if name in ("*", "**"):
                if arg >= 0:  # unpacked arguments: any parameter after the explicit ones
                    self._bind_unpacked(function, positional[offset + len(args):], name, arg)
                continue
            if arg >= 0:
                if name in params:
                    self.copy_own(arg, self.node(("var", function, name)))
                elif extra_keywords is not None:
                    self.copy_own(arg, extra_keywords)

    def _bind_unpacked(self, function: str, params: list[str], star: str, source: int) -> None:
        element = self.fresh()
        self.watch(source, ("iter" if star == "*" else "item", element, None))
        for param in params:
            self.copy_own(element, self.node(("var", function, param)))

    def _not_class(self, constraint: tuple, objects: set[int]) -> None:
        target = constraint[1]
        for o in objects:
            if self.objects[o][0] != "class":
                self.add_one(target, o)

    def _packed(self, function: str, params: tuple[str, ...], prefix: str, kind: str) -> int | None:
        """The element node of a function's `*args` tuple or `**kwargs` dict, if it has one."""
        for param in params:
            if param.startswith(prefix) and not param.startswith(prefix + "*") and len(param) > len(prefix):
                container = self.obj(("new", kind, prefix, function))
                self.add_one(self.node(("var", function, param[len(prefix):])), container)
                return self.node(("elem", container))
        return None

    def _internal_only(self, constraint: tuple, objects: set[int]) -> None:
        """Parameter defaults: keep our own values; a library's default (FastAPI's
        `Depends(...)`) is replaced by the framework before the function runs."""
        target = constraint[1]
        for o in objects:
            if not self.objects[o][0].startswith("ext"):
                self.add_one(target, o)

    def _construct(self, cls: str, site: tuple, args: tuple, kwargs: tuple, target: int) -> None:
        instance = self.obj(("inst", cls))
        if target >= 0:
            self.add_one(target, instance)
        constraint = ("construct", cls, site, args, kwargs)
        if self.depends_on_mro(cls, constraint, instance):
            self._construct_now(constraint, {instance})

    def _construct_now(self, constraint: tuple, objects: set[int]) -> None:
        """A call to a class runs the first `__init__` along its MRO defined under ROOT."""
        _, cls, site, args, kwargs = constraint
        init = self.find_method(cls, "__init__")
        if init is not None:
            for instance in objects:
                self._invoke(init, site, args, kwargs, -1, receiver=instance)

    def _raise(self, constraint: tuple, objects: set[int]) -> None:
        site = constraint[1]
        for o in objects:
            key = self.objects[o]
            if key[0] == "class":
                self._construct(key[1], site, (), (), -1)
            elif key[0] == "builtin":
                self._record(site, f"<builtin>.{key[1]}")
            elif key[0] in ("ext", "extmember"):
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
                self.watch(args[0], ("load", attribute, target, caller, fi, line, -1))
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
                if not self.depends_on_mro(key[1], constraint, o):
                    continue
                method = self.find_method(key[1], "__iter__")
                if method is not None:
                    iterator = self.node(("it", site, target))
                    self._invoke(method, (*site, 0), (), (), iterator, receiver=o)
                    self.watch(iterator, ("next", target, site))

    def _next(self, constraint: tuple, objects: set[int]) -> None:
        _, target, site = constraint
        for o in objects:
            if self._elements_of(o, target):
                continue
            key = self.objects[o]
            if key[0] == "inst":
                if not self.depends_on_mro(key[1], constraint, o):
                    continue
                method = self.find_method(key[1], "__next__")
                if method is not None:
                    self._invoke(method, (*site, 0), (), (), target, receiver=o)

    def _enter(self, constraint: tuple, objects: set[int]) -> None:
        _, target, site = constraint
        for o in objects:
            key = self.objects[o]
            if key[0] == "gen":  # a @contextmanager generator yields what `as` binds
                self.copy(self.node(("yield", key[1])), target)
            elif key[0] == "inst":
                if not self.depends_on_mro(key[1], constraint, o):
                    continue
                enter = self.find_method(key[1], "__enter__")
                if enter is not None:
                    self._invoke(enter, (*site, 0), (), (), target, receiver=o)
                exit_ = self.find_method(key[1], "__exit__")
                if exit_ is not None:
                    self._invoke(exit_, (*site, 0), (), (), -1, receiver=o)


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
