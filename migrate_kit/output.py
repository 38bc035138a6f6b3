"""The one writer: every output file is written whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from migrate_kit.errors import BadInput

_UMASK = os.umask(0)
os.umask(_UMASK)


def prepare_folder(folder: Path) -> None:
    """Create an output folder; refuse a path that is a file."""
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"output folder {folder} is a file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadInput(f"cannot create output folder {folder}: {error.strerror}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(temporary, 0o666 & ~_UMASK)  # mkstemp makes files private; outputs are not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_all(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write rendered files (relative path -> text); all texts exist before the first write."""
    written = []
    for relative, text in sorted(files.items()):
        target = folder / relative
        write_atomic(target, text)
        written.append(target)
    return written
