"""ROOT to source files and their module names (design.md section 3)."""

from __future__ import annotations

import fnmatch
import keyword
import os
from dataclasses import dataclass
from pathlib import Path

from migrate_kit.errors import BadInput
from migrate_kit.model.facts import ParseFailure

# Folders no one wants analyzed: tooling, caches, build output, vendored
# environments and generated migrations. Hidden folders are skipped too.
DEFAULT_EXCLUDED_DIRS = frozenset(
    {
        "venv", "env.bak", "site-packages", "node_modules", "__pycache__", "build", "dist",
        "htmlcov", "migrations", "__pypackages__",
    }
)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A Python file under ROOT and the module name it has."""

    path: Path
    relpath: str  # posix, relative to ROOT
    module: str
    is_package: bool
    # The name the code imports ROOT by when ROOT has its own __init__.py (its folder's
    # name): `import shop.orders` inside ROOT=shop/ means ROOT's `orders`.
    root_package: str | None = None


@dataclass(frozen=True, slots=True)
class Discovery:
    files: tuple[SourceFile, ...]
    skipped: tuple[ParseFailure, ...]  # files whose path is not an importable module name


def discover(root: Path, excludes: tuple[str, ...] = ()) -> Discovery:
    """Find the Python files under `root`, name their modules, and list those that cannot be named."""
    if not root.is_dir():
        raise BadInput(f"ROOT {root} is not a folder")
    strip_src = _has_src_layout(root)
    package = root_package(root)
    files: dict[str, SourceFile] = {}
    skipped: list[ParseFailure] = []
    for relpath in _python_files(root, excludes):
        named = relpath[4:] if strip_src and relpath.startswith("src/") else relpath
        module, is_package, problem = module_name(named)
        if problem:
            skipped.append(ParseFailure(relpath, 1, problem))
            continue
        previous = files.get(module)
        if previous is not None:
            # A package shadows a same-named module, as Python's import system does.
            loser = relpath if previous.is_package or not is_package else previous.relpath
            skipped.append(ParseFailure(loser, 1, f"module name '{module}' is already taken by another file"))
            if loser == relpath:
                continue
        files[module] = SourceFile(root / relpath, relpath, module, is_package, package)
    ordered = tuple(sorted(files.values(), key=lambda f: f.module))
    if not ordered and not skipped:
        raise BadInput(f"ROOT {root} has no Python files to analyze")
    return Discovery(ordered, tuple(sorted(skipped, key=lambda s: s.path)))


def root_package(root: Path) -> str | None:
    """ROOT's own package name, if ROOT is a package (has `__init__.py`) with a valid name."""
    name = root.resolve().name
    if (root / "__init__.py").is_file() and name.isidentifier() and not keyword.iskeyword(name):
        return name
    return None


def module_name(relpath: str) -> tuple[str, bool, str]:
    """(module, is_package, problem) for a posix path relative to ROOT."""
    parts = relpath[: -len(".py")].split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1] or ["__init__"]  # ROOT's own __init__.py
    for part in parts:
        if not part.isidentifier() or keyword.iskeyword(part):
            return "", False, f"not importable: '{part}' is not a valid module name"
    return ".".join(parts), is_package, ""


def is_excluded(relpath: str, patterns: tuple[str, ...]) -> bool:
    """A pattern matches the path, any folder above it, or the file or folder name."""
    if not patterns:
        return False
    parts = relpath.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))] + parts
    return any(fnmatch.fnmatchcase(c, p.rstrip("/")) for p in patterns for c in candidates)


def _python_files(root: Path, excludes: tuple[str, ...]) -> list[str]:
    found = []
    root_real = root.resolve()
    for folder, dirnames, filenames in os.walk(root):
        here = Path(folder)
        rel = here.relative_to(root).as_posix()
        rel = "" if rel == "." else rel + "/"
        dirnames[:] = sorted(
            d for d in dirnames if not _default_excluded(here / d, d) and not is_excluded(rel + d, excludes)
        )
        for name in sorted(filenames):
            if not name.endswith(".py") or is_excluded(rel + name, excludes):
                continue
            path = here / name
            if path.is_symlink() and not path.resolve().is_relative_to(root_real):
                continue  # never follow a link out of ROOT
            found.append(rel + name)
    return found


def _default_excluded(path: Path, name: str) -> bool:
    return (
        name.startswith(".")
        or name in DEFAULT_EXCLUDED_DIRS
        or name.endswith(".egg-info")
        or path.is_symlink()
        or (path / "pyvenv.cfg").exists()
    )


def _has_src_layout(root: Path) -> bool:
    """`ROOT/src/pkg`: a `src` folder that is not itself a package."""
    src = root / "src"
    return src.is_dir() and not (src / "__init__.py").exists()
