"""Turn every file's IR into points-to constraints and solve them together.

Flow-insensitive and context-insensitive: a variable may hold anything ever
assigned to it. What is never shown to flow somewhere stays unknown, and an
unknown callee makes no edge: we leave a call out rather than guess.
"""

from __future__ import annotations

from migrate_kit.model.facts import CLASS, CLASSMETHOD, FUNCTION, MODULE, STATIC
from migrate_kit.resolve.operations import Operations
from migrate_kit.resolve.program import BUILTIN_NAMES, Program, is_passthrough_return


SURVEY_NODE_CAP = 256
# In the final pass a set this large means generic code mixing everything (pandas'
# `data` parameters take every literal of its test suite). On Django, cutting the 537
# of 267,230 expressions that reach it drops 23 of 25,831 edges, nearly all spurious
# (`ValidationError.__init__` iterating a template `Context`); a cap of 1,024 would keep
# those but double SymPy's peak memory (8 GB instead of 4).
FINAL_NODE_CAP = 256


class Solver(Operations):
    """One pass of the analysis. A survey pass (`survey=True`) only finds the
    megamorphic attribute reads; the final pass leaves those out (`skip`), and takes as
    unknown (`cut`) the expressions an earlier final pass found overflowing."""

    def __init__(
        self,
        program: Program,
        survey: bool = False,
        skip: frozenset[tuple[int, int]] = frozenset(),
        cut: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        # The survey only needs to see which reads are megamorphic; bounding every
        # set keeps it from spending its time moving the very values it will cut.
        # The final pass is bounded too, so that code that mixes everything cannot
        # exhaust memory before `overflowing` can name it.
        super().__init__(cap=SURVEY_NODE_CAP if survey else FINAL_NODE_CAP)
        self.program = program
        self.skip = skip
        self.cut = cut
        self.init_classes()
        self.init_operations(survey)
        self.expr_nodes: list[list[int]] = []
        self._seeded: dict[str, tuple] = {}
        self._methods_of: dict[str, list[tuple[str, int, bool]]] = {}
        self._star_sources: dict[int, list[str]] = {}

    def solve(self) -> None:
        for file_index in range(len(self.program.files)):
            self._install_file(file_index)
        self.propagate()
        self.release_mro_dependents()
        self.propagate()
        # `self` and `cls` hold an instance of every class that inherits the method,
        # including classes a framework instantiates where we cannot see it.
        while self._seed_self_parameters():
            self.propagate()

    def overflowing(self) -> set[tuple[int, int]]:
        """The (file, expression) whose value filled a whole capped set."""
        pts, cap = self.pts, self.cap
        return {
            (fi, eid)
            for fi, nodes in enumerate(self.expr_nodes)
            for eid, node in enumerate(nodes)
            if node >= 0 and len(pts[node]) >= cap
        }

    # -- installing one file ---------------------------------------------------------

    def _install_file(self, fi: int) -> None:
        facts = self.program.files[fi]
        scopes = facts.scopes
        nodes: list[int] = []
        self.expr_nodes.append(nodes)
        cut = self.cut
        for eid, expr in enumerate(facts.exprs):
            node = self._install_expr(fi, eid, expr, nodes, scopes)
            # An expression that filled a capped set in an earlier final pass says
            # nothing useful about any of its values: unknown, like an unresolved name.
            nodes.append(-1 if cut and (fi, eid) in cut else node)
        for stmt in facts.stmts:
            self._install_stmt(fi, stmt, nodes, scopes)
        for scope in scopes:
            if scope.kind == CLASS and scope.bases:
                self.register_bases(scope.qualname, [nodes[b] for b in scope.bases if nodes[b] >= 0])

    def _install_expr(self, fi: int, eid: int, expr: tuple, nodes: list[int], scopes) -> int:
        kind = expr[0]
        if kind == "var":
            return self.node(("var", scopes[expr[1]].qualname, expr[2]))
        if kind == "attr":
            base = nodes[expr[1]]
            if base < 0 or (fi, eid) in self.skip:
                return -1
            target = self.fresh()
            self.watch(base, ("load", expr[2], target, scopes[expr[3]].qualname, fi, expr[4], eid))
            return target
        if kind == "call":
            return self._install_call(fi, eid, expr, nodes, scopes)
        if kind == "free":
            return self._free_name(fi, expr[1])
        if kind == "module":
            return self.constant(self._module_object(expr[1]))
        if kind == "from":
            return self._from_import(expr[1], expr[2])
        if kind == "def":
            scope = scopes[expr[1]]
            return self.constant(self.obj(("class" if scope.kind == CLASS else "func", scope.qualname)))
        if kind == "new":
            return self._install_container(fi, eid, expr, nodes)
        if kind == "not_class":
            target = self.fresh()
            if nodes[expr[1]] >= 0:
                self.watch(nodes[expr[1]], ("not_class", target))
            return target
        if kind == "union":
            target = self.fresh()
            for item in expr[1]:
                if nodes[item] >= 0:
                    self.copy(nodes[item], target)
            return target
        if kind in ("item", "iter", "enter"):
            base = nodes[expr[1]]
            if base < 0:
                return -1
            target = self.fresh()
            site = (scopes[expr[2]].qualname, fi, expr[3]) if kind != "item" else None
            self.watch(base, (kind, target, site))
            return target
        if kind == "super":
            first = nodes[expr[2]]
            if first < 0:
                return -1
            target = self.fresh()
            self.calls[(scopes[expr[3]].qualname, fi, expr[4], "<builtin>.super")] = 0
            self.watch(first, ("super", scopes[expr[1]].qualname, target))
            return target
        return -1  # str, const: no objects of interest

    def _install_call(self, fi: int, eid: int, expr: tuple, nodes: list[int], scopes) -> int:
        _, func, args, kwargs, scope, line, flags = expr
        target = self.fresh()
        if nodes[func] < 0:
            return target
        arg_nodes = tuple(nodes[a] if a >= 0 else -1 for a in args)
        kw_nodes = tuple((name, nodes[v] if v >= 0 else -1) for name, v in kwargs)
        site = (scopes[scope].qualname, fi, line, flags)
        self.watch(nodes[func], ("call", site, arg_nodes, kw_nodes, target, eid))
        return target

    def _install_container(self, fi: int, eid: int, expr: tuple, nodes: list[int]) -> int:
        _, kind, items, keys, _line = expr
        obj = self.obj(("new", kind, fi, eid))
        element = self.node(("elem", obj))
        for item in items:
            if item >= 0 and nodes[item] >= 0:
                self.copy(nodes[item], element)
        if keys:
            key_node = self.node(("key", obj))
            for key in keys:
                if nodes[key] >= 0:
                    self.copy(nodes[key], key_node)
        return self.constant(obj)

    def _install_stmt(self, fi: int, stmt: tuple, nodes: list[int], scopes) -> None:
        kind = stmt[0]
        if kind == "assign":
            target, value = stmt[1], nodes[stmt[2]]
            if value < 0:
                return
            if target[0] == "var":
                self.copy(value, self.node(("var", scopes[target[1]].qualname, target[2])))
            elif nodes[target[1]] >= 0:
                constraint = ("store", target[2], value) if target[0] == "attr" else ("store_item", value)
                self.watch(nodes[target[1]], constraint)
        elif kind == "default":
            if nodes[stmt[2]] >= 0:
                target = self.node(("var", scopes[stmt[1][1]].qualname, stmt[1][2]))
                self.watch(nodes[stmt[2]], ("internal_only", target))
        elif kind in ("return", "yield"):
            if kind == "return" and is_passthrough_return(self.program.files[fi], stmt):
                return  # each call site gets its own argument back (Operations._invoke)
            if nodes[stmt[2]] >= 0:
                self.copy(nodes[stmt[2]], self.node((kind if kind == "yield" else "ret", scopes[stmt[1]].qualname)))
        elif kind == "raise":
            if nodes[stmt[1]] >= 0:
                self.watch(nodes[stmt[1]], ("raise", (scopes[stmt[2]].qualname, fi, stmt[3], 0)))
        elif kind == "star":
            self._star_import(scopes[stmt[1]].qualname, stmt[2])

    # -- names -------------------------------------------------------------------------

    def _module_object(self, name: str) -> int:
        return self.obj(("module", name)) if name in self.program.packages else self._external("ext", name)

    def _from_import(self, module: str, name: str) -> int:
        if module not in self.program.packages:
            return self.constant(self._external("ext", f"{module}.{name}"))
        target = self.node(("from", module, name))
        self.watch(self.constant(self.obj(("module", module))), ("load", name, target, module, -1, 0, -1))
        return target

    def _free_name(self, fi: int, name: str) -> int:
        """A name no scope of the file binds: star-imported, a builtin, or unknown."""
        module = self.program.files[fi].module
        if name in self.program.star_exports.get(module, ()):
            return self.node(("var", module, name))
        external = self._external_star_sources(fi)
        if len(external) == 1 and name not in BUILTIN_NAMES:
            return self.constant(self._external("ext", f"{external[0]}.{name}"))
        if name in BUILTIN_NAMES:
            return self.constant(self.obj(("builtin", name)))
        return self.node(("var", module, name))

    def _external_star_sources(self, fi: int) -> list[str]:
        found = self._star_sources.get(fi)
        if found is None:  # asked once per free name: scan the file's statements once
            facts = self.program.files[fi]
            found = self._star_sources[fi] = [
                s[2]
                for s in facts.stmts
                if s[0] == "star" and facts.scopes[s[1]].kind == MODULE and s[2] not in self.program.packages
            ]
        return found

    def _star_import(self, scope: str, module: str) -> None:
        for name in sorted(self.program.star_exports.get(module, ())):
            self.copy(self.node(("var", module, name)), self.node(("var", scope, name)))

    # -- self and cls ------------------------------------------------------------------

    def _seed_self_parameters(self) -> bool:
        """Give every method's first parameter the instances (or classes) it can be
        called on: its own class and each subclass that inherits it unchanged.
        Classes whose MRO did not change since the last round are skipped."""
        for qualname in self.program.class_names:
            mro = self.mro(qualname)
            if self._seeded.get(qualname) is mro:
                continue
            self._seeded[qualname] = mro
            instance, cls = self.obj(("inst", qualname)), self.obj(("class", qualname))
            for first_param in self._inherited_methods(mro):
                self.add_one(first_param[0], cls if first_param[1] else instance)
        return self.has_pending()

    def _inherited_methods(self, mro: tuple) -> list[tuple[int, bool]]:
        """(first-parameter node, is classmethod) of each method a class with this MRO runs."""
        seen: set[str] = set()
        found = []
        for kind, owner in mro:
            if kind != "class":
                continue
            for name, first, is_classmethod in self._own_methods(owner):
                if name not in seen:
                    found.append((first, is_classmethod))
            seen |= self.program.class_names[owner]
        return found

    def _own_methods(self, cls: str) -> list[tuple[str, int, bool]]:
        """(name, first-parameter node, is classmethod) of the methods `cls` defines."""
        found = self._methods_of.get(cls)
        if found is None:
            program = self.program
            found = []
            for name in sorted(program.class_names[cls]):  # a fixed order keeps runs identical
                method = f"{cls}.{name}"
                if program.kind(method) != FUNCTION or not program.is_method(method):
                    continue
                scope = program.first(method)
                if scope.flags & STATIC or not scope.params or scope.params[0].startswith("*"):
                    continue
                found.append((name, self.node(("var", method, scope.params[0])), bool(scope.flags & CLASSMETHOD)))
            self._methods_of[cls] = found
        return found

    # -- answers -------------------------------------------------------------------------

    def element_values(self, file_index: int, eid: int) -> list[tuple]:
        """What the containers expression `eid` may hold contain (list items, dict values)."""
        node = self.expr_nodes[file_index][eid]
        found = []
        for obj in self.pts[node] if node >= 0 else ():
            element = self.existing(("elem", obj))
            if element is not None:
                found.extend(self.objects[o] for o in self.pts[element])
        return found

    def values(self, file_index: int, eid: int) -> list[tuple]:
        """What expression `eid` of a file may evaluate to, as object keys."""
        node = self.expr_nodes[file_index][eid]
        return [self.objects[o] for o in self.pts[node]] if node >= 0 else []
