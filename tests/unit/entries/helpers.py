"""Helpers for entry-point tests."""

from __future__ import annotations

from pathlib import Path

from migrate_kit.data.analysis import analyze_data
from tests.support import resolve_tree


def entries_of(root: Path, files: dict[str, str]) -> set[tuple[str, str, str | None, str, str]]:
    """(function, kind, method, path, framework) of every entry point of a tree."""
    facts = analyze_data(resolve_tree(root, files))
    return {(e.function, e.kind, e.method, e.path, e.framework) for e in facts.entries}
