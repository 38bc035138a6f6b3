"""Which of the monolith's modules go into a service's `src/`, read safely from ROOT.

A service gets its own modules, the shared-kernel modules they import (directly or through
other kernel modules), and the parent packages of all of these so the original imports
keep working. Modules of other services are never copied: the code that imports them is
what the porting checklist lists.
"""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import networkx as nx

from migrate_kit.errors import BadInput
from migrate_kit.scaffold.model import CopiedModule

KERNEL = "shared_kernel"


def modules(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "module"}


def runtime_imports(graph: nx.MultiDiGraph, module: str) -> list[str]:
    """What a module imports when it runs (TYPE_CHECKING imports left out), modules and externals."""
    return sorted({v for _, v, k, d in graph.out_edges(module, keys=True, data=True)
                   if k == "import" and not d.get("type_only")})


def copied_modules(graph: nx.MultiDiGraph, service: str, own: tuple[str, ...], service_of: dict[str, str]) -> tuple[CopiedModule, ...]:
    known = modules(graph)
    roles = {m: "own" for m in own if m in known}
    pending = list(roles)
    while pending:
        for target in runtime_imports(graph, pending.pop()):
            if target in known and target not in roles and service_of.get(target) == KERNEL:
                roles[target] = "kernel"
                pending.append(target)
    for module in list(roles):
        parts = module.split(".")
        for depth in range(1, len(parts)):
            parent = ".".join(parts[:depth])
            if parent in known and parent not in roles:
                roles[parent] = "kernel" if service_of.get(parent) == KERNEL else "package"
    copied = []
    for module, role in sorted(roles.items()):
        path = str(known[module].get("path") or "")
        check_relative(path, f"module {module}")
        owner = service if role == "own" else service_of.get(module, "")
        copied.append(CopiedModule(module, path, role, owner))
    return tuple(copied)


def check_relative(path: str, what: str) -> None:
    """A path from graph.json must stay inside ROOT (and inside src/ once copied)."""
    pure = PurePosixPath(path)
    if not path or pure.is_absolute() or ".." in pure.parts or "\\" in path or not path.endswith(".py") \
            or (pure.parts and ":" in pure.parts[0]):
        raise BadInput(f"graph.json: the path of {what} ({path!r}) is not a .py file inside ROOT")


def read_source(root: Path, path: str) -> str:
    target = (root / path)
    try:
        resolved = target.resolve()
        resolved.relative_to(root.resolve())
    except (OSError, ValueError):
        raise BadInput(f"{path} is not inside ROOT {root}") from None
    try:  # bytes that are not UTF-8 survive the round trip (surrogateescape): copies are exact
        with open(resolved, encoding="utf-8", errors="surrogateescape", newline="") as handle:
            return handle.read()
    except OSError as error:
        raise BadInput(f"cannot read {root / path} (ROOT is the boundaries file's `root`): {error.strerror}") from None


def foreign_imports(graph: nx.MultiDiGraph, copied: tuple[CopiedModule, ...]) -> tuple[tuple[str, str], ...]:
    """(copied module, module of another service it imports): imports the port has to replace."""
    known, inside = modules(graph), {c.module for c in copied}
    return tuple(sorted({(c.module, t) for c in copied for t in runtime_imports(graph, c.module)
                         if t in known and t not in inside}))


def environment_reads(tree: ast.Module, path: str) -> list[tuple[str, str]]:
    """Environment variables read with a literal name: os.environ[...], os.environ.get, os.getenv."""
    found = []
    for node in ast.walk(tree):
        name = _env_name(node)
        if name:
            found.append((name, f"{path}:{node.lineno}"))
    return found


def _env_name(node: ast.AST) -> str:
    if isinstance(node, ast.Subscript) and _dotted(node.value) in ("os.environ", "environ"):
        key = node.slice
    elif isinstance(node, ast.Call) and node.args and _dotted(node.func) in (
            "os.environ.get", "environ.get", "os.getenv", "getenv", "os.environ.setdefault"):
        key = node.args[0]
    else:
        return ""
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else ""


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""
