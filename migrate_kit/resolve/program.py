"""An index over every file's facts: which modules, scopes, classes and
functions exist under ROOT, by qualified name."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field

from migrate_kit.model.facts import CLASS, FUNCTION, LAMBDA, MODULE, FileFacts, Scope

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

    @classmethod
    def build(cls, files: tuple[FileFacts, ...]) -> Program:
        program = cls(files)
        for file_index, facts in enumerate(files):
            program.modules[facts.module] = file_index
            parts = facts.module.split(".")
            program.packages.update(".".join(parts[: i + 1]) for i in range(len(parts)))
            for scope_index, scope in enumerate(facts.scopes):
                program.scopes.setdefault(scope.qualname, []).append(ScopeRef(file_index, scope_index))
        program.star_exports = program._compute_star_exports()
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
        return any(name in self.scope(ref).bound for ref in self.scopes[qualname])

    def path_of(self, qualname: str) -> str:
        return self.files[self.scopes[qualname][0].file].path

    def _compute_star_exports(self) -> dict[str, frozenset[str]]:
        """Public module-level names, including those a module itself star-imports."""
        exports = {
            f.module: {n for n in f.scopes[0].bound if not n.startswith("_")} for f in self.files if f.scopes
        }
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
