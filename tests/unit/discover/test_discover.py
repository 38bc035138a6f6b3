"""Module names (design.md section 3), default excludes and --exclude globs."""

from pathlib import Path

import pytest

from migrate_kit.discover import discover, is_excluded, module_name
from migrate_kit.errors import BadInput
from tests.support import write_tree


def names(root: Path, excludes: tuple[str, ...] = ()) -> list[str]:
    return [f.module for f in discover(root, excludes).files]


def test_names_come_from_paths_relative_to_root(tmp_path):
    write_tree(tmp_path, {"main.py": "", "pkg/__init__.py": "", "pkg/mod.py": "", "pkg/sub/deep.py": ""})
    assert names(tmp_path) == ["main", "pkg", "pkg.mod", "pkg.sub.deep"]


def test_root_with_its_own_init_never_appears_in_names(tmp_path):
    root = tmp_path / "shop"
    write_tree(root, {"__init__.py": "", "orders.py": "", "pkg/__init__.py": ""})
    assert names(root) == ["__init__", "orders", "pkg"]
    assert discover(root).files[0].is_package


def test_src_layout_drops_the_src_prefix(tmp_path):
    write_tree(tmp_path, {"src/pkg/__init__.py": "", "src/pkg/mod.py": "", "tests/test_mod.py": ""})
    assert names(tmp_path) == ["pkg", "pkg.mod", "tests.test_mod"]


def test_src_that_is_a_package_keeps_its_name(tmp_path):
    write_tree(tmp_path, {"src/__init__.py": "", "src/mod.py": ""})
    assert names(tmp_path) == ["src", "src.mod"]


def test_namespace_packages_without_init(tmp_path):
    write_tree(tmp_path, {"a/b/c.py": ""})
    assert names(tmp_path) == ["a.b.c"]


def test_default_excludes(tmp_path):
    write_tree(
        tmp_path,
        {
            "app.py": "",
            ".venv/lib/x.py": "",
            "venv/lib/y.py": "",
            "myenv/pyvenv.cfg": "home = /usr",
            "myenv/lib/z.py": "",
            ".git/hooks/h.py": "",
            "build/lib/app.py": "",
            "dist/app.py": "",
            "node_modules/pkg/x.py": "",
            "pkg/__pycache__/m.py": "",
            "pkg/migrations/0001_initial.py": "",
            "pkg.egg-info/x.py": "",
            "pkg/__init__.py": "",
        },
    )
    assert names(tmp_path) == ["app", "pkg"]


def test_tests_are_included_unless_excluded(tmp_path):
    write_tree(tmp_path, {"app.py": "", "tests/test_app.py": "", "pkg/tests/test_x.py": "", "pkg/test_y.py": ""})
    assert names(tmp_path) == ["app", "pkg.test_y", "pkg.tests.test_x", "tests.test_app"]
    assert names(tmp_path, ("tests",)) == ["app", "pkg.test_y"]  # a bare name matches at any depth
    assert names(tmp_path, ("*/tests",)) == ["app", "pkg.test_y", "tests.test_app"]
    assert names(tmp_path, ("test_*.py",)) == ["app"]


@pytest.mark.parametrize(
    ("pattern", "path", "excluded"),
    [
        ("tests", "tests/a.py", True),
        ("tests", "pkg/tests/a.py", True),  # the bare folder name matches anywhere
        ("tests/*", "tests/a.py", True),
        ("*.py", "a.py", True),
        ("pkg/legacy", "pkg/legacy/old.py", True),
        ("pkg/legacy", "pkg/legacy_new.py", False),
        ("docs", "pkg/documents.py", False),
    ],
)
def test_exclude_globs(pattern, path, excluded):
    assert is_excluded(path, (pattern,)) is excluded


@pytest.mark.parametrize(
    ("path", "problem"),
    [("my-script.py", "'my-script'"), ("2fast/x.py", "'2fast'"), ("pkg/class.py", "'class'")],
)
def test_paths_that_are_not_module_names_are_reported(path, problem):
    module, _, reason = module_name(path)
    assert module == ""
    assert problem in reason and "not importable" in reason


def test_unimportable_files_are_listed_and_the_rest_analyzed(tmp_path):
    write_tree(tmp_path, {"ok.py": "", "my-script.py": ""})
    found = discover(tmp_path)
    assert [f.module for f in found.files] == ["ok"]
    assert [str(s) for s in found.skipped] == ["my-script.py:1: not importable: 'my-script' is not a valid module name"]


def test_a_package_shadows_a_module_of_the_same_name(tmp_path):
    write_tree(tmp_path, {"a.py": "", "a/__init__.py": ""})
    found = discover(tmp_path)
    assert [(f.module, f.relpath) for f in found.files] == [("a", "a/__init__.py")]
    assert [s.path for s in found.skipped] == ["a.py"]


def test_empty_or_missing_root_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="no Python files"):
        discover(tmp_path)
    with pytest.raises(BadInput, match="is not a folder"):
        discover(tmp_path / "missing")


def test_order_is_sorted_by_module(tmp_path):
    write_tree(tmp_path, {"b.py": "", "a/z.py": "", "a/b.py": "", "c.py": ""})
    assert names(tmp_path) == ["a.b", "a.z", "b", "c"]
