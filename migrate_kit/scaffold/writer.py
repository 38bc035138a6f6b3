"""The one writer of the scaffold: safe re-runs, and no half-written tree.

DIR/.migrate-kit/manifest.json records each generated file and the hash of what was generated.
On a re-run, a file whose content still has that hash is ours to replace; a file that differs
was changed by a person and is kept (with `force`, replaced, and the person's version kept as
`<file>.orig`). Files generated before and no longer generated are removed if untouched.

Everything is rendered before this runs. The new and changed files are first written into a
temporary folder next to DIR; only then are they moved into place (one rename for a new DIR,
one per file otherwise), and the manifest last: an interrupted move leaves whole files only,
and the next run sees the moved ones as unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from migrate_kit import __version__
from migrate_kit.errors import BadInput

MANIFEST = ".migrate-kit/manifest.json"
_UMASK = os.umask(0)
os.umask(_UMASK)
SCHEMA = 1


@dataclass(frozen=True)
class Outcome:
    written: tuple[str, ...]  # created or replaced
    unchanged: tuple[str, ...]
    kept: tuple[str, ...]  # changed by a person, left alone
    backed_up: tuple[str, ...]  # changed by a person, replaced under force: `<file>.orig` holds their version
    removed: tuple[str, ...]  # generated before, no longer generated, untouched


def digest(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise BadInput(f"output folder {out} is a file")


def check_path(relative: str) -> None:
    path = PurePosixPath(relative)
    if not relative or path.is_absolute() or ".." in path.parts or "\\" in relative or relative == MANIFEST:
        raise BadInput(f"refusing to write {relative!r}: it would land outside the output folder")


def write_tree(out: Path, files: dict[str, str], force: bool = False) -> Outcome:
    check_out(out)
    for relative in files:
        check_path(relative)
    previous = _manifest(out)
    plan = _decide(out, files, previous, force)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=_parent(out)))
    os.chmod(staging, 0o777 & ~_UMASK)  # mkdtemp makes it private; a new DIR is this very folder
    try:
        for relative in plan.to_write:
            _write(staging / relative, files[relative])
        for relative in plan.backed_up:
            shutil.copy2(out / relative, staging / f"{relative}.orig")
        manifest = {"schema": SCHEMA, "generator": f"migrate-kit {__version__}",
                    "files": {r: digest(files[r]) for r in sorted(files)}}
        _write(staging / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        _move_into_place(staging, out, [*plan.to_write, *(f"{r}.orig" for r in plan.backed_up)])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for relative in plan.removed:
        (out / relative).unlink(missing_ok=True)
    return Outcome(tuple(sorted(set(plan.to_write) - set(plan.backed_up))), plan.unchanged, plan.kept,
                   plan.backed_up, plan.removed)


@dataclass(frozen=True)
class _Plan:
    to_write: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept: tuple[str, ...]
    backed_up: tuple[str, ...]
    removed: tuple[str, ...]


def _decide(out: Path, files: dict[str, str], previous: dict[str, str], force: bool) -> _Plan:
    to_write, unchanged, kept, backed_up = [], [], [], []
    for relative in sorted(files):
        target = out / relative
        if target.is_dir():
            raise BadInput(f"{target} is a folder where a generated file belongs")
        blocking = next((parent for parent in target.parents if parent.is_file()), None)
        if blocking is not None:
            raise BadInput(f"{blocking} is a file where a generated folder belongs")
        current = _read(target)
        if current is None:
            to_write.append(relative)
        elif current == files[relative]:
            unchanged.append(relative)
        elif previous.get(relative) == digest(current):
            to_write.append(relative)  # ours, untouched since: regenerate
        elif force:
            to_write.append(relative)
            backed_up.append(relative)
        else:
            kept.append(relative)
    removed = [r for r, h in sorted(previous.items())
               if r not in files and _safe(r) and _read(out / r) is not None and digest(_read(out / r)) == h]
    return _Plan(tuple(to_write), tuple(unchanged), tuple(kept), tuple(backed_up), tuple(removed))


def _safe(relative: str) -> bool:
    try:
        check_path(relative)
    except BadInput:
        return False
    return True


def _manifest(out: Path) -> dict[str, str]:
    text = _read(out / MANIFEST)
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        raise BadInput(f"{out / MANIFEST} is not valid JSON: fix or delete it (files would then count as edited)") \
            from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise BadInput(f"{out / MANIFEST} has no `files` mapping")
    return {str(k): str(v) for k, v in files.items()}


def _read(path: Path) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle:
            return handle.read()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror}") from None


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
        handle.write(text)


def _parent(out: Path) -> Path:
    parent = out.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadInput(f"cannot create {parent}: {error.strerror}") from None
    return parent


def _move_into_place(staging: Path, out: Path, relatives: list[str]) -> None:
    if not out.exists():
        os.replace(staging, out)  # a new tree appears whole
        staging.mkdir()  # so that the caller's cleanup has something to remove
        return
    for relative in [*relatives, MANIFEST]:
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)
