"""Import statements: what each binds, and the modules they name, made absolute."""

from __future__ import annotations

import libcst as cst

from migrate_kit.extract.definitions import DefinitionMixin
from migrate_kit.extract.syntax import dotted
from migrate_kit.model.facts import ImportFact


class ImportMixin(DefinitionMixin):
    is_package: bool
    root_package: str | None  # see SourceFile.root_package
    type_checking: int  # depth of `if TYPE_CHECKING:` blocks around us

    def _import(self, node: cst.Import) -> None:
        for alias in node.names:
            written = dotted(alias.name)
            name = self.own_module(written)
            self._record_import(name, None)
            if alias.asname is not None:
                self.bind_target(alias.asname.name, self.emit(("module", name)))
            else:
                top = written.split(".", 1)[0]
                self.store(top, self.emit(("module", self.own_module(top))))

    def _import_from(self, node: cst.ImportFrom) -> None:
        module = self.absolute_module(len(node.relative), dotted(node.module))
        if module is None:
            return
        if isinstance(node.names, cst.ImportStar):
            self._record_import(module, None, star=True)
            self.stmts.append(("star", self.scope, module))
            return
        for alias in node.names:
            name = dotted(alias.name)
            self._record_import(module, name)
            value = self.emit(("from", module, name))
            local = alias.asname.name if alias.asname is not None else alias.name
            self.bind_target(local, value)

    def absolute_module(self, level: int, name: str) -> str | None:
        """The absolute name a (possibly relative) import refers to; None if it escapes ROOT."""
        if level == 0:
            return self.own_module(name)
        parts = [] if self.module == "__init__" else self.module.split(".")
        package = parts if self.is_package else parts[:-1]
        if level - 1 > len(package):
            return None
        base = package[: len(package) - (level - 1)]
        # `from . import x` at ROOT's top level names ROOT's own package, if it is one.
        return ".".join(base + ([name] if name else [])) or ("__init__" if self.root_package else None)

    def own_module(self, name: str) -> str:
        """An absolute import of ROOT's own package by its name, as a ROOT module name:
        `shop` is `__init__`, `shop.orders` is `orders` (design.md section 3 drops the
        folder's name); any other name is left as written."""
        package = self.root_package
        if package is None or not name.startswith(package):
            return name
        if name == package:
            return "__init__"
        return name[len(package) + 1 :] if name[len(package)] == "." else name

    def _record_import(self, module: str, name: str | None, star: bool = False) -> None:
        self.imports.append(ImportFact(self.scope, module, name, self.line, self.type_checking > 0, star))

    # -- compound statements -------------------------------------------------------
