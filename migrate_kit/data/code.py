"""Reading the resolved IR: constants, keyword arguments, call chains, the values
an expression may hold. Shared by data and entry-point detection."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from migrate_kit.model.facts import CALL_DECORATOR, CLASS
from migrate_kit.resolve import Resolution


@dataclass(frozen=True, slots=True)
class Ref:
    """An expression of one file: (file index, expression index)."""

    file: int
    expr: int


class CodeView:
    def __init__(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.program = resolution.program
        self.files = resolution.program.files

    # -- expressions ---------------------------------------------------------------

    def expr(self, ref: Ref) -> tuple:
        return self.files[ref.file].exprs[ref.expr]

    def values(self, ref: Ref) -> list[tuple]:
        return self.resolution.values(ref.file, ref.expr) if ref.expr >= 0 else []

    def element_instances(self, ref: Ref) -> set[str]:
        """Classes of the instances held in the containers `ref` may hold."""
        if ref.expr < 0:
            return set()
        return {v[1] for v in self.resolution.solver.element_values(ref.file, ref.expr) if v[0] == "inst"}

    def classes(self, ref: Ref) -> set[str]:
        return {v[1] for v in self.values(ref) if v[0] == "class"}

    def instances(self, ref: Ref) -> set[str]:
        return {v[1] for v in self.values(ref) if v[0] == "inst"}

    def library_names(self, ref: Ref) -> set[str]:
        """Import names of library values (`flask.Blueprint` for an instance of it)."""
        return {v[1] for v in self.values(ref) if v[0] in ("ext", "extinst", "extmember", "extresult")}

    def library_instances(self, ref: Ref) -> set[str]:
        return {v[1] for v in self.values(ref) if v[0] == "extinst"}

    def string(self, ref: Ref) -> str | None:
        expr = self.expr(ref) if ref.expr >= 0 else None
        if expr is None:
            return None
        if expr[0] == "str":
            return expr[1]
        if expr[0] == "var":  # a constant bound in the same file
            texts = {self.string(Ref(ref.file, v)) for v in self.assigned(ref)}
            return texts.pop() if len(texts) == 1 else None
        return None

    def strings(self, ref: Ref) -> list[str]:
        """The strings of a list/tuple literal, or a single string."""
        expr = self.expr(ref) if ref.expr >= 0 else None
        if expr is None:
            return []
        if expr[0] == "new":
            return [s for s in (self.string(Ref(ref.file, i)) for i in expr[2] if i >= 0) if s is not None]
        single = self.string(ref)
        return [single] if single is not None else []

    def constant(self, ref: Ref) -> object:
        expr = self.expr(ref) if ref.expr >= 0 else None
        return expr[1] if expr is not None and expr[0] in ("const", "str") else None

    def arg(self, call: Ref, position: int, keyword: str | None = None) -> Ref:
        """A call's argument by keyword, else by position; expr -1 when absent."""
        expr = self.expr(call)
        if keyword is not None:
            for name, value in expr[3]:
                if name == keyword:
                    return Ref(call.file, value)
        args = expr[2]
        return Ref(call.file, args[position] if position < len(args) else -1)

    def call_name(self, call: Ref) -> str:
        """The last name of what is called: `filter` for `x.objects.filter(...)`."""
        func_eid = self.expr(call)[1]
        if func_eid < 0:
            return ""
        return name_of(self.expr(Ref(call.file, func_eid)))

    def assigned(self, ref: Ref) -> list[int]:
        """Expressions assigned to the variable `ref` names, in the same file."""
        expr = self.expr(ref)
        return self._assignments[ref.file].get(("var", expr[1], expr[2]), []) if expr[0] == "var" else []

    def assigned_global(self, file: int, name: str) -> list[int]:
        """Expressions assigned to module-level `name` of a file."""
        return self._assignments[file].get(("var", 0, name), [])

    def scope_name(self, file: int, scope: int) -> str:
        return self.files[file].scopes[scope].qualname

    def location(self, ref: Ref) -> tuple[str, int]:
        expr = self.expr(ref)
        line = expr[5] if expr[0] == "call" else expr[4] if expr[0] == "attr" else 0
        return self.files[ref.file].path, line

    # -- chains --------------------------------------------------------------------

    def chain(self, ref: Ref) -> tuple[Ref, list[tuple[str, Ref]]]:
        """`Order.objects.filter(x).update(y)` -> (Order, [("objects", attr), ("filter", call),
        ("update", call)]): the root expression and each named step, outermost last."""
        steps: list[tuple[str, Ref]] = []
        current = ref
        while True:
            expr = self.expr(current)
            if expr[0] == "call" and expr[1] >= 0 and self.expr(Ref(current.file, expr[1]))[0] == "attr":
                func = self.expr(Ref(current.file, expr[1]))
                steps.append((func[2], current))
                current = Ref(current.file, func[1])
            elif expr[0] == "attr":
                steps.append((expr[2], current))
                current = Ref(current.file, expr[1])
            else:
                steps.reverse()
                return current, steps

    @cached_property
    def chained(self) -> set[Ref]:
        """Expressions that are the receiver of an attribute: not the end of a chain."""
        return {Ref(fi, e[1]) for fi, f in enumerate(self.files) for e in f.exprs if e[0] == "attr"}

    def calls(self):
        """Every call expression: (Ref, expr)."""
        for fi, facts in enumerate(self.files):
            for eid, expr in enumerate(facts.exprs):
                if expr[0] == "call":
                    yield Ref(fi, eid), expr

    # -- definitions ------------------------------------------------------------------

    @cached_property
    def _assignments(self) -> list[dict[tuple, list[int]]]:
        per_file = []
        for facts in self.files:
            bound: dict[tuple, list[int]] = defaultdict(list)
            for stmt in facts.stmts:
                if stmt[0] == "assign" and stmt[1][0] == "var":
                    bound[stmt[1]].append(stmt[2])
            per_file.append(bound)
        return per_file

    @cached_property
    def class_body(self) -> dict[str, dict[str, list[Ref]]]:
        """Per class: the values its body binds to each name (in source order)."""
        bodies: dict[str, dict[str, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        for fi, facts in enumerate(self.files):
            for stmt in facts.stmts:
                if stmt[0] == "assign" and stmt[1][0] == "var" and facts.scopes[stmt[1][1]].kind == CLASS:
                    bodies[facts.scopes[stmt[1][1]].qualname][stmt[1][2]].append(Ref(fi, stmt[2]))
        return bodies

    @cached_property
    def annotations(self) -> dict[str, dict[str, str]]:
        """Per class: `name: annotation` written in its body."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for facts in self.files:
            for stmt in facts.stmts:
                if stmt[0] == "annotate":
                    found[facts.scopes[stmt[1]].qualname][stmt[2]] = stmt[3]
        return found

    @cached_property
    def decorators(self) -> dict[str, list[Ref]]:
        """Per function or class: its decorator expressions, outermost first."""
        found: dict[str, list[Ref]] = defaultdict(list)
        for fi, facts in enumerate(self.files):
            exprs = facts.exprs
            for eid, expr in enumerate(exprs):
                if expr[0] != "call" or not expr[6] & CALL_DECORATOR or not expr[2]:
                    continue
                target = expr[2][0]
                while target >= 0 and exprs[target][0] == "call" and exprs[target][6] & CALL_DECORATOR:
                    target = exprs[target][2][0] if exprs[target][2] else -1
                if target >= 0 and exprs[target][0] == "def":
                    found[facts.scopes[exprs[target][1]].qualname].insert(0, Ref(fi, expr[1]))
        return found

    def mro_names(self, cls: str) -> list[str]:
        return [name for _, name in self.resolution.mro(cls)]


def name_of(expr: tuple) -> str:
    """The name an expression ends with: `x` for `x`, `a.b.x`, `from m import x`."""
    if expr[0] == "free":
        return expr[1]
    return expr[2] if expr[0] in ("attr", "var", "from") else ""
