"""Escaping for report.md: Markdown text and Mermaid labels from the analyzed code
must render as the text they are, never as markup, links or diagram syntax."""

from __future__ import annotations

import re
from collections.abc import Iterable

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")
_MERMAID_ENTITIES = {'"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "#": "#35;", "|": "#124;",
                     "`": "#96;", "[": "#91;", "]": "#93;", "{": "#123;", "}": "#125;"}
_MERMAID_SPECIAL = re.compile("[" + re.escape("".join(_MERMAID_ENTITIES)) + "]")


def escape(text: object) -> str:
    """Plain text for a Markdown paragraph, list item or table cell: HTML is
    neutralised by entities, Markdown syntax by backslashes, lines joined."""
    value = " ".join(str(text).split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", value)


def mermaid_text(text: object) -> str:
    """Text for a quoted Mermaid label: quotes, brackets and HTML as Mermaid entity codes."""
    value = " ".join(str(text).split())
    return _MERMAID_SPECIAL.sub(lambda m: _MERMAID_ENTITIES[m.group()], value)


def mermaid_ids(names: Iterable[str]) -> dict[str, str]:
    """A Mermaid node id per name: letters, digits and underscores, prefixed so that
    no id is a keyword (`end`, `graph`), unique even when names sanitise alike."""
    ids: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        base = "s_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate)
        ids[name] = candidate
    return ids
