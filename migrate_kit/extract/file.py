"""One file in, its facts out: parse once with libcst, walk once, never run it."""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Callable

import libcst as cst

from migrate_kit.extract.lines import start_lines
from migrate_kit.extract.sql_calls import sql_statements
from migrate_kit.extract.statements import StatementMixin
from migrate_kit.extract.syntax import docstring
from migrate_kit.model.facts import CALL_CALLBACK, MODULE, FileFacts, ParseFailure


class FileExtractor(StatementMixin):
    """Walks one parsed module and fills the IR tables of `IRBuilder`."""

    def __init__(self, module: str, is_package: bool, lines: dict[int, int], root_package: str | None = None) -> None:
        super().__init__(module)
        self.is_package = is_package
        self.root_package = root_package
        self.lines = lines
        self.line = 1
        self.type_checking = 0

    def run(self, tree: cst.Module) -> None:
        self.open_scope(self.module, MODULE, 1)
        self.scopes[0].doc = docstring(tree)
        self.body(tree.body)
        self.resolve_names()
        self.mark_callbacks()
        self.stmts.extend(sql_statements(self.exprs, self.stmts))

    def mark_callbacks(self) -> None:
        """Flag calls whose callee is a parameter (`func(*args)` in a decorator's wrapper,
        `callback(result)`): the dependency belongs to whoever passed the function."""
        exprs = self.exprs
        for index, expr in enumerate(exprs):
            if expr[0] != "call" or expr[1] < 0:
                continue
            func = exprs[expr[1]]
            if func[0] == "var" and func[2] in {p.lstrip("*") for p in self.scopes[func[1]].params}:
                exprs[index] = (*expr[:6], expr[6] | CALL_CALLBACK)


NESTED_TOO_DEEPLY = "nested too deeply to analyze"
# Generated code (a lookup table of long `a*b + c*d + ...` chains in SymPy) nests deeper
# than Python's default 1,000 frames in libcst's code generator and in our walk. Such a
# file is retried in a thread whose C stack is large enough for this many frames.
_DEEP_FRAMES = 20_000
_DEEP_STACK_BYTES = 512 * 1024 * 1024  # reserved address space, touched only as used


def extract_source(
    source: bytes, module: str, path: str, is_package: bool, root_package: str | None = None
) -> FileFacts | ParseFailure:
    """Facts of one file, or why it could not be read. Never raises on bad input."""
    try:
        tree = cst.parse_module(source)
    except Exception as error:  # libcst raises several kinds; all mean "cannot read this file"
        return _parse_failure(source, path, error)

    def walk() -> FileExtractor:
        extractor = FileExtractor(module, is_package, start_lines(tree), root_package)
        extractor.run(tree)
        return extractor

    try:
        extractor = walk()
    except RecursionError:
        extractor = _with_deep_stack(walk)
        if extractor is None:
            return ParseFailure(path, 1, NESTED_TOO_DEEPLY)
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


def _with_deep_stack(work: Callable[[], FileExtractor]) -> FileExtractor | None:
    """Run `work` in a thread with a large stack and recursion limit; None if even
    that is not deep enough."""
    result: list[FileExtractor] = []

    def run() -> None:
        try:
            result.append(work())
        except RecursionError:
            return  # too deep even here: no result, and the caller reports the file

    previous_limit, previous_stack = sys.getrecursionlimit(), threading.stack_size()
    try:
        sys.setrecursionlimit(_DEEP_FRAMES)
        threading.stack_size(_DEEP_STACK_BYTES)
        thread = threading.Thread(target=run, name="deep-extraction")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(previous_stack)
        sys.setrecursionlimit(previous_limit)
    return result[0] if result else None


def count_code_lines(source: bytes) -> int:
    """Lines that are neither blank nor only a comment."""
    count = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith(b"#"):
            count += 1
    return count


def _parse_failure(source: bytes, path: str, error: Exception) -> ParseFailure:
    """Say why a file cannot be read, with CPython's own words and line where it has them
    (only parsed by `ast`, never compiled or run)."""
    if isinstance(error, (UnicodeDecodeError, LookupError)) or "encoding" in str(error):
        return ParseFailure(path, _first_undecodable_line(source), f"cannot decode: {error}")
    try:
        ast.parse(source)
    except SyntaxError as syntax:
        return ParseFailure(path, syntax.lineno or 1, f"syntax error: {syntax.msg}")
    except ValueError as value:  # e.g. null bytes on Python 3.11
        return ParseFailure(path, 1, f"cannot parse: {value}")
    line = error.raw_line if isinstance(error, cst.ParserSyntaxError) else 1
    return ParseFailure(path, line, f"cannot parse: {error}")


def _first_undecodable_line(source: bytes) -> int:
    try:
        source.decode("utf-8")
    except UnicodeDecodeError as error:
        return source.count(b"\n", 0, error.start) + 1
    return 1
