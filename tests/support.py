"""Helpers for tests: small source trees built from a dict, analyzed for real."""

from __future__ import annotations

import textwrap
from pathlib import Path

from migrate_kit.discover import discover
from migrate_kit.extract.parallel import extract_all
from migrate_kit.graphing import callgraph
from migrate_kit.resolve import Resolution, resolve


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `{relative path: source}` under root (sources are dedented)."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


def resolve_tree(root: Path, files: dict[str, str | bytes]) -> Resolution:
    write_tree(root, files)
    found = discover(root)
    return resolve(extract_all(found.files, jobs=1, cache=None).facts)


def callgraph_of(root: Path, files: dict[str, str | bytes]) -> dict[str, list[str]]:
    """The callgraph.json content for a tree."""
    return callgraph(resolve_tree(root, files))


def edges_of(root: Path, files: dict[str, str | bytes]) -> set[tuple[str, str]]:
    """Every (caller, callee) pair, builtins included."""
    return {(call.caller, call.callee) for call in resolve_tree(root, files).calls}


def internal_edges(root: Path, files: dict[str, str | bytes]) -> set[tuple[str, str]]:
    """(caller, callee) pairs whose callee is defined in the tree: no builtins, no libraries."""
    resolution = resolve_tree(root, files)
    defined = set(resolution.program.scopes)
    return {(c.caller, c.callee) for c in resolution.calls if c.callee in defined}
