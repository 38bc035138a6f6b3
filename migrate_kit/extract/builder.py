"""The tables one file's extraction fills, and Python's name-binding rules.

Names are resolved after the whole file is read, because a name assigned
anywhere in a function is local everywhere in it. Until then a load is a
placeholder `("name", scope, name)` and a store `("store", scope, name)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from migrate_kit.model.facts import (
    CLASS,
    COMPREHENSION,
    FUNCTION,
    LAMBDA,
    MODULE,
    ImportFact,
    Scope,
)


@dataclass
class ScopeDraft:
    qualname: str
    kind: str
    parent: int
    owner: int
    line: int
    params: tuple[str, ...] = ()
    flags: int = 0
    bases: tuple[int, ...] = ()
    doc: str = ""
    bound: set[str] = field(default_factory=set)
    globals: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    lambdas: int = 0
    comprehensions: int = 0

    def freeze(self) -> Scope:
        return Scope(
            self.qualname,
            self.kind,
            self.parent,
            self.owner,
            self.line,
            self.params,
            self.flags,
            self.bases,
            frozenset(self.bound),
            self.doc,
        )


class IRBuilder:
    """Owns the scope, expression, statement and import tables of one file."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.scopes: list[ScopeDraft] = []
        self.exprs: list[tuple] = []
        self.stmts: list[tuple] = []
        self.imports: list[ImportFact] = []
        self.scope = -1  # the scope being walked
        # (class scope, name) -> the last expression emitted before the class body first
        # binds the name: loads up to it (walk order is run order) come before the binding.
        self.class_binds_after: dict[tuple[int, str], int] = {}

    # -- emitting -------------------------------------------------------------

    def emit(self, expr: tuple) -> int:
        self.exprs.append(expr)
        return len(self.exprs) - 1

    def union(self, items: list[int]) -> int:
        items = list(dict.fromkeys(i for i in items if i >= 0))
        if not items:
            return -1
        if len(items) == 1:
            return items[0]
        return self.emit(("union", tuple(items)))

    def load(self, name: str) -> int:
        return self.emit(("name", self.scope, name))

    def store(self, name: str, value: int, scope: int | None = None) -> None:
        """Bind `name` in the current scope (or `scope`); an unknown value still binds."""
        scope = self.scope if scope is None else scope
        draft = self.scopes[scope]
        if name not in draft.globals and name not in draft.nonlocals:
            draft.bound.add(name)
            if draft.kind == CLASS:
                self.class_binds_after.setdefault((scope, name), len(self.exprs) - 1)
        if value >= 0:
            self.stmts.append(("assign", ("store", scope, name), value))

    # -- scopes ---------------------------------------------------------------

    @property
    def owner(self) -> int:
        """The scope calls are attributed to: comprehensions borrow their owner's."""
        return self.scopes[self.scope].owner

    def open_scope(self, name: str, kind: str, line: int) -> int:
        parent = self.scope
        index = len(self.scopes)
        if kind == MODULE:
            qualname, owner = name, index
        else:
            named = self.scopes[parent].owner
            qualname = f"{self.scopes[named].qualname}.{name}"
            owner = self.scopes[parent].owner if kind == COMPREHENSION else index
        self.scopes.append(ScopeDraft(qualname, kind, parent, owner, line))
        self.scope = index
        return index

    def close_scope(self, previous: int) -> None:
        self.scope = previous

    def next_lambda_name(self) -> str:
        draft = self.scopes[self.owner]
        draft.lambdas += 1
        return f"<lambda{draft.lambdas}>"

    def next_comprehension_name(self) -> str:
        draft = self.scopes[self.owner]
        draft.comprehensions += 1
        return f"<comp{draft.comprehensions}>"

    def binding_target(self) -> int:
        """Where a walrus binds: the nearest scope that is not a comprehension."""
        scope = self.scope
        while self.scopes[scope].kind == COMPREHENSION:
            scope = self.scopes[scope].parent
        return scope

    # -- name resolution --------------------------------------------------------

    def _binding_scope(self, scope: int, name: str) -> int:
        """The scope whose variable `name` means when used in `scope`; -1 if none."""
        draft = self.scopes[scope]
        if name in draft.globals:
            return 0
        if name in draft.nonlocals:
            return self._enclosing_function_binding(draft.parent, name)
        if name in draft.bound:
            return scope
        return self._binding_scope_around(scope, name)

    def _binding_scope_around(self, scope: int, name: str) -> int:
        """What `name` means in `scope` if `scope` itself does not bind it (a name read
        in a class body before the class binds it, or not bound there at all)."""
        parent = self.scopes[scope].parent
        while parent > 0:
            outer = self.scopes[parent]
            # Names bound in a class body are invisible to the functions inside it.
            if outer.kind != CLASS and name in outer.bound:
                return parent
            parent = outer.parent
        return 0 if name in self.scopes[0].bound else -1

    def _enclosing_function_binding(self, scope: int, name: str) -> int:
        while scope > 0:
            draft = self.scopes[scope]
            if draft.kind in (FUNCTION, LAMBDA) and name in draft.bound:
                return scope
            scope = draft.parent
        return -1

    def resolve_names(self) -> None:
        """Turn load and store placeholders into variables of their binding scope."""
        for draft in self.scopes[1:]:
            self.scopes[0].bound.update(draft.globals)
        exprs = self.exprs
        binds_after = self.class_binds_after
        for index, expr in enumerate(exprs):
            if expr[0] == "name":
                if index <= binds_after.get((expr[1], expr[2]), -1):
                    # A class body runs top to bottom: before the class binds a name,
                    # the name is the enclosing one (`queues_cls = Queues` above `def Queues`).
                    scope = self._binding_scope_around(expr[1], expr[2])
                else:
                    scope = self._binding_scope(expr[1], expr[2])
                exprs[index] = ("var", scope, expr[2]) if scope >= 0 else ("free", expr[2])
        stmts = self.stmts
        for index, stmt in enumerate(stmts):
            if stmt[0] in ("assign", "default") and stmt[1][0] == "store":
                _, scope, name = stmt[1]
                target = self._binding_scope(scope, name)
                if target < 0:  # a nonlocal without a binding: a SyntaxError in Python
                    target = scope
                stmts[index] = (stmt[0], ("var", target, name), stmt[2])
