"""Containers and the protocols that read them: list/dict methods, subscripts,
iteration (`__iter__`/`__next__`, generators), `with` (`__enter__`/`__exit__`)."""

from __future__ import annotations

from migrate_kit.resolve.calls import CallOps


class ContainerOps(CallOps):
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
