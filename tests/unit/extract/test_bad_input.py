"""Files that cannot be analyzed become `path:line: reason` findings; the run goes on."""

from migrate_kit.discover import discover
from migrate_kit.extract.file import extract_source
from migrate_kit.extract.parallel import extract_all
from migrate_kit.model.facts import FileFacts, ParseFailure
from tests.support import write_tree


def failure(source: bytes, path: str = "pkg/bad.py") -> ParseFailure:
    result = extract_source(source, "pkg.bad", path, False)
    assert isinstance(result, ParseFailure), result
    return result


def test_syntax_error_names_the_line():
    result = failure(b"def ok():\n    pass\n\ndef broken(:\n    pass\n")
    assert result.path == "pkg/bad.py"
    assert result.line == 4
    assert str(result).startswith("pkg/bad.py:4: syntax error")


def test_python_2_code():
    result = failure(b"import os\nprint 'hello'\n")
    assert result.line == 2
    assert "syntax error" in result.reason


def test_bad_encoding():
    result = failure(b"# a comment\nname = '\xff\xfe caf\xe9'\n")
    assert result.reason


def test_null_bytes():
    result = failure(b"x = 1\n\x00\x00\n")
    assert result.reason


def test_declared_encoding_is_honoured():
    source = "# -*- coding: latin-1 -*-\ndef caf\u00e9():\n    return 'cr\u00e8me'\n".encode("latin-1")
    result = extract_source(source, "menu", "menu.py", False)
    assert isinstance(result, FileFacts)
    assert [s.qualname for s in result.scopes] == ["menu", "menu.caf\u00e9"]


def test_deep_nesting_does_not_crash():
    source = ("x = " + "[" * 400 + "]" * 400 + "\n").encode()
    result = extract_source(source, "deep", "deep.py", False)
    assert isinstance(result, (FileFacts, ParseFailure))


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write_tree(tmp_path, {"good.py": "def f():\n    pass\n", "bad.py": b"def (:\n", "worse.py": b"\x00\x01"})
    extraction = extract_all(discover(tmp_path).files, jobs=1, cache=None)
    assert [f.module for f in extraction.facts] == ["good"]
    assert [f.path for f in extraction.failures] == ["bad.py", "worse.py"]


def test_empty_file_is_fine():
    result = extract_source(b"", "empty", "empty.py", False)
    assert isinstance(result, FileFacts)
    assert result.lines_of_code == 0


def test_long_generated_expressions_are_analyzed():
    """A 3,000-term `f(1) + f(2) + ...` chain nests deeper than Python's default recursion
    limit (SymPy ships such a table): it is walked in a deep-stack thread, not skipped."""
    source = ("def f(x):\n    return x\n\ntotal = " + " + ".join(f"f({i})" for i in range(3000)) + "\n").encode()
    result = extract_source(source, "table", "table.py", False)
    assert isinstance(result, FileFacts)
    calls = [e for e in result.exprs if e[0] == "call"]
    assert len(calls) == 3000


def test_a_file_that_crashes_the_parser_is_skipped_and_the_rest_extracted(tmp_path):
    """Thousands of nested brackets make libcst's parser overflow the C stack and kill
    its process (CPython refuses such code too). The run goes on: that file is listed,
    every other file is extracted."""
    files = {f"mod_{i:02}.py": f"def f{i}():\n    return {i}\n" for i in range(40)}
    files["absurd.py"] = "x = " + "(" * 100_000 + "1" + ")" * 100_000 + "\n"
    write_tree(tmp_path, files)
    extraction = extract_all(discover(tmp_path).files, jobs=2, cache=None)
    assert [f.path for f in extraction.failures] == ["absurd.py"]
    assert "parser crashed" in extraction.failures[0].reason
    assert len(extraction.facts) == 40
