"""Calls: functions, bound methods, constructors, library code, builtins that
move values, task queues; argument binding and parameter defaults."""

from __future__ import annotations

from migrate_kit.model.facts import CALL_DECORATOR, CALL_STARRED, CALL_TASK, GENERATOR
from migrate_kit.resolve.attributes import AttributeOps

_COPYING_BUILTINS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter"})
_KEY_BUILTINS = frozenset({"sorted", "min", "max"})


class CallOps(AttributeOps):
    def _record(self, site: tuple, callee: str, flags: int = 0) -> None:
        key = (site[0], site[1], site[2], callee)
        self.calls[key] = self.calls.get(key, 0) | site[3] | flags

    # -- attributes -------------------------------------------------------------------

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
        if param not in params:  # only another definition of the same name has it
            return self.node(("var", function, param))
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
                # `f(*args)` forwards positions: any positional parameter after the explicit
                # ones. `**kwargs` is not followed: any value to any parameter only mixes.
                if arg >= 0 and name == "*":
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
