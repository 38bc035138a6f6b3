"""An index over every file's facts: which modules, scopes, classes and
functions exist under ROOT, by qualified name."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field

from migrate_kit.model.facts import CLASS, FUNCTION, LAMBDA, MODULE, PROPERTY, FileFacts, Scope

BUILTIN_NAMES = frozenset(n for n in dir(builtins) if not n.startswith("_"))


@dataclass(frozen=True, slots=True)
class ScopeRef:
    """Where a scope was defined: file index and scope index."""

    file: int
    index: int


@dataclass
class Program:
    files: tuple[FileFacts, ...]
    scopes: dict[str, list[ScopeRef]] = field(default_factory=dict)  # qualname -> definitions
    modules: dict[str, int] = field(default_factory=dict)  # module -> file index
    packages: set[str] = field(default_factory=set)  # every module and every dotted prefix of one
    star_exports: dict[str, frozenset[str]] = field(default_factory=dict)
    stored_attributes: frozenset[str] = frozenset()  # names ever assigned as `x.name = ...`
    class_names: dict[str, frozenset[str]] = field(default_factory=dict)  # names each class body binds
    property_names: frozenset[str] = frozenset()  # names of @property methods anywhere
    # Functions that return one of their parameters as it is (`return cls`):
    # each call gets back its own argument, not every argument ever passed.
    passthrough: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, files: tuple[FileFacts, ...]) -> Program:
        program = cls(files)
        for file_index, facts in enumerate(files):
            program.modules[facts.module] = file_index
            parts = facts.module.split(".")
            program.packages.update(".".join(parts[: i + 1]) for i in range(len(parts)))
            for scope_index, scope in enumerate(facts.scopes):
                program.scopes.setdefault(scope.qualname, []).append(ScopeRef(file_index, scope_index))
        for qualname, refs in program.scopes.items():
            # A name may be a class in one branch and a function in another (a function
            # stub under TYPE_CHECKING, the class at runtime): it is a class if any is.
            bodies = [program.scope(r).bound for r in refs if program.scope(r).kind == CLASS]
            if bodies:
                program.class_names[qualname] = frozenset().union(*bodies)
        program.property_names = frozenset(
            s.qualname.rsplit(".", 1)[-1] for f in files for s in f.scopes if s.flags & PROPERTY
        )
        program.star_exports = program._compute_star_exports()
        program.passthrough = _passthrough_returns(files)
        program.stored_attributes = frozenset(
            s[1][2] for f in files for s in f.stmts if s[0] == "assign" and s[1][0] == "attr"
        )
        return program

    def scope(self, ref: ScopeRef) -> Scope:
        return self.files[ref.file].scopes[ref.index]

    def first(self, qualname: str) -> Scope:
        return self.scope(self.scopes[qualname][0])

    def kind(self, qualname: str) -> str | None:
        refs = self.scopes.get(qualname)
        return self.scope(refs[0]).kind if refs else None

    def is_class(self, qualname: str) -> bool:
        return self.kind(qualname) == CLASS

    def is_function(self, qualname: str) -> bool:
        return self.kind(qualname) in (FUNCTION, LAMBDA)

    def is_method(self, qualname: str) -> bool:
        """A function defined directly in a class body: attribute access binds it."""
        ref = self.scopes[qualname][0]
        scope = self.scope(ref)
        return scope.kind == FUNCTION and scope.parent >= 0 and self.files[ref.file].scopes[scope.parent].kind == CLASS

    def class_binds(self, qualname: str, name: str) -> bool:
        return name in self.class_names[qualname]

    def path_of(self, qualname: str) -> str:
        return self.files[self.scopes[qualname][0].file].path

    def _compute_star_exports(self) -> dict[str, frozenset[str]]:
        """Public module-level names, including those a module itself star-imports."""
        exports = {f.module: _declared_all(f) or {n for n in f.scopes[0].bound if not n.startswith("_")} for f in self.files}
        star_sources = {
            f.module: [s[2] for s in f.stmts if s[0] == "star" and f.scopes[s[1]].kind == MODULE and s[2] in exports]
            for f in self.files
        }
        changed = True
        while changed:
            changed = False
            for module, sources in star_sources.items():
                for source in sources:
                    extra = {n for n in exports[source] if not n.startswith("_")} - exports[module]
                    if extra:
                        exports[module] |= extra
                        changed = True
        return {m: frozenset(names) for m, names in exports.items()}


def submodule(package: str, name: str) -> str:
    """The module `name` inside `package`; inside ROOT's own package (`__init__`) it is
    top-level, since ROOT's folder name is never part of a module name."""
    return name if package == "__init__" else f"{package}.{name}"


def _declared_all(facts: FileFacts) -> set[str] | None:
    """The names of a literal module-level `__all__`, if the module has one."""
    names = None
    for stmt in facts.stmts:
        if stmt[0] == "assign" and stmt[1] == ("var", 0, "__all__"):
            value = facts.exprs[stmt[2]]
            if value[0] == "new":
                items = [facts.exprs[i] for i in value[2] if i >= 0]
                names = (names or set()) | {item[1] for item in items if item[0] == "str"}
    return names


def is_passthrough_return(facts: FileFacts, stmt: tuple) -> bool:
    """`return p` where p is a plain parameter of the returning function."""
    if stmt[0] != "return":
        return False
    value = facts.exprs[stmt[2]]
    return value[0] == "var" and value[1] == stmt[1] and value[2] in facts.scopes[stmt[1]].params


def _passthrough_returns(files: tuple[FileFacts, ...]) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for facts in files:
        for stmt in facts.stmts:
            if is_passthrough_return(facts, stmt):
                found.setdefault(facts.scopes[stmt[1]].qualname, set()).add(facts.exprs[stmt[2]][2])
    return {name: tuple(sorted(params)) for name, params in found.items()}
