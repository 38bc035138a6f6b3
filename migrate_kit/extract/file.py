"""One file in, its facts out: parse once with libcst, walk once, never run it."""

from __future__ import annotations

import libcst as cst

from migrate_kit.extract.lines import start_lines
from migrate_kit.extract.statements import StatementMixin, docstring
from migrate_kit.model.facts import MODULE, FileFacts, ParseFailure


class FileExtractor(StatementMixin):
    """Walks one parsed module and fills the IR tables of `IRBuilder`."""

    def __init__(self, module: str, is_package: bool, lines: dict[int, int]) -> None:
        super().__init__(module)
        self.is_package = is_package
        self.lines = lines
        self.line = 1
        self.type_checking = 0

    def run(self, tree: cst.Module) -> None:
        self.open_scope(self.module, MODULE, 1)
        self.scopes[0].doc = docstring(tree)
        self.body(tree.body)
        self.resolve_names()


def extract_source(source: bytes, module: str, path: str, is_package: bool) -> FileFacts | ParseFailure:
    """Facts of one file, or why it could not be read. Never raises on bad input."""
    try:
        tree = cst.parse_module(source)
    except cst.ParserSyntaxError as error:
        return ParseFailure(path, error.raw_line, f"syntax error: {error.message}")
    except (UnicodeDecodeError, LookupError, SyntaxError) as error:
        return ParseFailure(path, 1, f"cannot decode: {error}")
    except Exception as error:  # libcst raises plain exceptions on some inputs (e.g. null bytes)
        return ParseFailure(path, 1, f"cannot parse: {type(error).__name__}: {error}")
    extractor = FileExtractor(module, is_package, start_lines(tree))
    try:
        extractor.run(tree)
    except RecursionError:
        return ParseFailure(path, 1, "nested too deeply to analyze")
    return FileFacts(
        module=module,
        path=path,
        is_package=is_package,
        lines_of_code=count_code_lines(source),
        scopes=tuple(draft.freeze() for draft in extractor.scopes),
        imports=tuple(extractor.imports),
        exprs=tuple(extractor.exprs),
        stmts=tuple(extractor.stmts),
    )


def count_code_lines(source: bytes) -> int:
    """Lines that are neither blank nor only a comment."""
    count = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(b"#"):
            count += 1
    return count
