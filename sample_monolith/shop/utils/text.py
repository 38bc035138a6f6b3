"""String helpers."""

from __future__ import annotations

import re
import unicodedata

_SLUG_STRIP = re.compile(r"[^\w\s-]")
_SLUG_HYPHENATE = re.compile(r"[-\s]+")


def slugify(value: str, max_length: int = 80) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = _SLUG_STRIP.sub("", value).strip().lower()
    return _SLUG_HYPHENATE.sub("-", value)[:max_length].strip("-")


def truncate(value: str, length: int = 100, suffix: str = "…") -> str:
    if len(value) <= length:
        return value
    return value[: length - len(suffix)].rstrip() + suffix


def mask(value: str, visible: int = 4, char: str = "*") -> str:
    if len(value) <= visible:
        return value
    return char * (len(value) - visible) + value[-visible:]


def normalize_whitespace(value: str) -> str:
    return " ".join(value.split())


def pluralize(count: int, singular: str, plural: str | None = None) -> str:
    word = singular if count == 1 else (plural or singular + "s")
    return f"{count} {word}"
