"""`migrate-kit analyze`: exit codes and one-line errors on bad input."""

import json

from tests.cli_support import migrate_kit
from tests.support import write_tree


def test_missing_root_is_one_line_and_exit_code_2(tmp_path):
    result = migrate_kit("analyze", tmp_path / "nope", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: ROOT {tmp_path / 'nope'} does not exist"]
    assert "Traceback" not in result.stderr


def test_empty_root_is_exit_code_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = migrate_kit("analyze", tmp_path / "empty", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "has no Python files" in result.stderr


def test_out_that_is_a_file_is_exit_code_2_and_nothing_is_written(tmp_path):
    write_tree(tmp_path / "src", {"a.py": "x = 1\n"})
    (tmp_path / "out").write_text("keep me")
    result = migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "is a file" in result.stderr
    assert (tmp_path / "out").read_text() == "keep me"


def test_unparsable_files_are_listed_and_counted(tmp_path):
    write_tree(tmp_path / "src", {"good.py": "def f():\n    return 1\n", "bad.py": "def (:\n", "my-tool.py": "x = 1\n"})
    result = migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Skipped 2 file(s)" in result.stdout
    assert "bad.py:1: syntax error" in result.stdout
    assert "my-tool.py:1: not importable" in result.stdout
    assert (tmp_path / "out" / "callgraph.json").exists()


def test_strict_turns_skipped_files_into_exit_code_1(tmp_path):
    write_tree(tmp_path / "src", {"good.py": "x = 1\n", "bad.py": "def (:\n"})
    assert migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out", "--strict").returncode == 1
    write_tree(tmp_path / "clean", {"good.py": "x = 1\n"})
    assert migrate_kit("analyze", tmp_path / "clean", "-o", tmp_path / "out2", "--strict").returncode == 0


def test_json_summary_on_stdout(tmp_path):
    write_tree(tmp_path / "src", {"a.py": "def f():\n    return len([])\n", "b.py": "import a\na.f()\n"})
    result = migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out", "--format", "json", "--no-cache")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["files"] == 2 and summary["parsed"] == 2 and summary["modules"] == 2
    assert summary["skipped"] == []


def test_bad_pyproject_settings_are_reported_all_at_once(tmp_path):
    write_tree(
        tmp_path / "src",
        {"a.py": "x = 1\n", "pyproject.toml": '[tool.migrate-kit]\njobs = "many"\nshoe_size = 42\n'},
    )
    result = migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "tool.migrate-kit.jobs" in result.stderr and "tool.migrate-kit.shoe_size" in result.stderr


def test_pyproject_excludes_apply(tmp_path):
    write_tree(
        tmp_path / "src",
        {"a.py": "x = 1\n", "legacy/old.py": "x = 2\n", "pyproject.toml": '[tool.migrate-kit]\nexclude = ["legacy"]\n'},
    )
    result = migrate_kit("analyze", tmp_path / "src", "-o", tmp_path / "out", "--format", "json")
    assert json.loads(result.stdout)["modules"] == 1


def test_out_inside_root_is_not_analyzed(tmp_path):
    root = write_tree(tmp_path / "src", {"a.py": "x = 1\n", "report/generated.py": "x = 2\n"})
    result = migrate_kit("analyze", root, "-o", root / "report", "--format", "json")
    assert json.loads(result.stdout)["modules"] == 1


def test_help_explains_every_option():
    result = migrate_kit("analyze", "--help")
    assert result.returncode == 0
    for option in ("--out", "--exclude", "--jobs", "--no-cache", "--format", "--strict", "--debug"):
        assert option in result.stdout


def test_version():
    result = migrate_kit("--version")
    assert result.returncode == 0 and result.stdout.startswith("migrate-kit ")
