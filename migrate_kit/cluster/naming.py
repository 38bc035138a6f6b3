"""Names a person would give a service: its dominant package, else the entity it
writes most, else the first segment of its entry points' paths; lowercase
`[a-z0-9-]` and unique."""

from __future__ import annotations

import re
from collections import Counter

# Package names that say how code is organised, not what it is about.
GENERIC = frozenset(
    {"core", "common", "utils", "util", "shared", "lib", "libs", "helpers", "misc", "base", "app", "apps",
     "src", "api", "models", "services", "service", "views", "main", "internal", "pkg", "modules"}
)


def slug(text: str) -> str:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", text)  # CamelCase -> camel-case
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def service_names(
    groups: list[list[str]], depth: int, written: list[Counter], entry_paths: list[list[str]]
) -> list[str]:
    """A name per group. `depth`: how many leading name parts every module shares."""
    names = []
    for index, modules in enumerate(groups):
        name = (
            _dominant_package(modules, depth)
            or _dominant_entity(written[index])
            or _dominant_path(entry_paths[index])
            or f"service-{index + 1}"
        )
        names.append(name)
    return _unique(names)


def _dominant_package(modules: list[str], depth: int) -> str | None:
    counts = Counter()
    for module in modules:
        parts = module.split(".")[depth:]
        meaningful = [p for p in parts if p not in GENERIC]
        if meaningful:
            counts[meaningful[0]] += 1
    if not counts:
        return None
    name, count = max(sorted(counts.items()), key=lambda item: item[1])
    return slug(name) if count * 2 >= len(modules) and slug(name) else None


def _dominant_entity(written: Counter) -> str | None:
    if not written:
        return None
    entity = max(sorted(written), key=lambda e: written[e])
    return slug(entity.rsplit(".", 1)[-1].removeprefix("table:")) or None


def _dominant_path(paths: list[str]) -> str | None:
    segments = Counter()
    for path in paths:
        for segment in path.strip("/").split("/"):
            if segment and not segment.startswith(("<", "{", "(")) and segment not in GENERIC:
                segments[segment] += 1
                break
    if not segments:
        return None
    return slug(max(sorted(segments), key=lambda s: segments[s])) or None


def _unique(names: list[str]) -> list[str]:
    seen: Counter = Counter()
    result = []
    for name in names:
        seen[name] += 1
        result.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    while len(set(result)) != len(result):  # a suffixed name met an existing one
        result = [f"{n}-x" if result.count(n) > 1 and i != result.index(n) else n for i, n in enumerate(result)]
    return result
