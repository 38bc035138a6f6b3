"""Facts are cached per file content: a second run re-parses only what changed."""

from migrate_kit.api import AnalyzeRequest, analyze
from tests.support import write_tree

FILES = {
    "app/__init__.py": "",
    "app/a.py": "from app.b import g\n\ndef f():\n    return g()\n",
    "app/b.py": "def g():\n    return 1\n",
}


def run(root, out, cache, use_cache=True):
    return analyze(AnalyzeRequest(root=root, out=out, jobs=1, use_cache=use_cache, cache_dir=cache))


def test_second_run_parses_nothing_and_a_changed_file_is_parsed_again(tmp_path):
    root, out, cache = write_tree(tmp_path / "src", FILES), tmp_path / "out", tmp_path / "cache"
    first = run(root, out, cache)
    assert (first.code.files, first.code.parsed) == (3, 3)
    callgraph = (out / "callgraph.json").read_text()

    second = run(root, out, cache)
    assert (second.code.files, second.code.parsed) == (3, 0)
    assert (out / "callgraph.json").read_text() == callgraph

    (root / "app/b.py").write_text("def g():\n    return h()\n\ndef h():\n    return 2\n")
    third = run(root, out, cache)
    assert (third.code.files, third.code.parsed) == (3, 1)
    assert '"app.b.g":["app.b.h"]' in (out / "callgraph.json").read_text()


def test_no_cache_parses_everything(tmp_path):
    root, out, cache = write_tree(tmp_path / "src", FILES), tmp_path / "out", tmp_path / "cache"
    run(root, out, cache)
    assert run(root, out, cache, use_cache=False).code.parsed == 3


def test_moving_a_file_changes_its_module_and_is_parsed_again(tmp_path):
    root, out, cache = write_tree(tmp_path / "src", FILES), tmp_path / "out", tmp_path / "cache"
    run(root, out, cache)
    (root / "app/b.py").rename(root / "app/c.py")
    (root / "app/a.py").write_text("from app.c import g\n\ndef f():\n    return g()\n")
    result = run(root, out, cache)
    assert result.code.parsed == 2
    assert '"app.a.f":["app.c.g"]' in (out / "callgraph.json").read_text()


def test_broken_files_are_cached_as_findings(tmp_path):
    root, out, cache = write_tree(tmp_path / "src", {"ok.py": "x = 1\n", "bad.py": "def (:\n"}), tmp_path / "out", tmp_path / "cache"
    first = run(root, out, cache)
    second = run(root, out, cache)
    assert second.code.parsed == 0
    assert [str(s) for s in second.skipped] == [str(s) for s in first.skipped]
    assert [s.path for s in second.skipped] == ["bad.py"]
