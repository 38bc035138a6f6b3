"""Defaults from `[tool.migrate-kit]` in the analyzed project's pyproject.toml.

Only plain data is read; nothing of the analyzed project is executed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from migrate_kit.errors import InvalidFile

_KEYS = {"exclude": list, "jobs": int, "services": (int, str), "seed": int}


@dataclass(frozen=True, slots=True)
class ProjectDefaults:
    exclude: tuple[str, ...] = ()
    jobs: int | None = None
    services: int | str | None = None
    seed: int | None = None


def project_defaults(root: Path) -> ProjectDefaults:
    path = root / "pyproject.toml"
    if not path.is_file():
        return ProjectDefaults()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("migrate-kit", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InvalidFile(str(path), [f"cannot read: {error}"]) from None
    problems = []
    for key, value in table.items():
        expected = _KEYS.get(key)
        if expected is None:
            problems.append(f"tool.migrate-kit.{key}: unknown setting (known: {', '.join(sorted(_KEYS))})")
        elif not isinstance(value, expected) or isinstance(value, bool):
            problems.append(f"tool.migrate-kit.{key}: {value!r} has the wrong type")
    excludes = table.get("exclude", [])
    if isinstance(excludes, list) and not all(isinstance(e, str) for e in excludes):
        problems.append("tool.migrate-kit.exclude: must be a list of glob strings")
    if problems:
        raise InvalidFile(str(path), problems)
    return ProjectDefaults(
        exclude=tuple(excludes), jobs=table.get("jobs"), services=table.get("services"), seed=table.get("seed")
    )
