"""Names in generated code and templates: CloudFormation logical IDs, Python identifiers,
environment variables. Every name is derived from the code, deterministically."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text.replace("<", " ").replace(">", " "))]


def snake(text: str) -> str:
    name = "_".join(words(text)) or "x"
    return f"_{name}" if name[0].isdigit() else name


def camel(text: str) -> str:
    name = "".join(w.capitalize() for w in words(text)) or "X"
    return f"X{name}" if name[0].isdigit() else name


def identifier(text: str) -> str:
    name = snake(text)
    return f"{name}_" if keyword.iskeyword(name) else name


def env_name(*parts: str) -> str:
    return "_".join(snake(p).upper() for p in parts if p)


def short_name(qualname: str, module: str) -> str:
    """`shop.orders.routes.show` -> `show`; a method keeps its class: `customer_detail_view_get`."""
    inside = qualname[len(module) + 1:] if qualname.startswith(module + ".") else qualname.rpartition(".")[2]
    return "_".join(snake(p) for p in inside.split(".") if p)


def unique(items: Iterable[str], candidates: Callable[[str], list[str]]) -> dict[str, str]:
    """Give each item the first of its candidate names no other item shares; the last
    candidate is assumed unique (numbered if not)."""
    items = sorted(set(items))
    chosen: dict[str, str] = {}
    for depth in range(max((len(candidates(i)) for i in items), default=0)):
        pending = [i for i in items if i not in chosen]
        proposals = {i: candidates(i)[min(depth, len(candidates(i)) - 1)] for i in pending}
        taken = set(chosen.values())
        counts: dict[str, int] = {}
        for name in proposals.values():
            counts[name] = counts.get(name, 0) + 1
        for item, name in proposals.items():
            if counts[name] == 1 and name not in taken:
                chosen[item] = name
    for item in items:  # still clashing after the last candidate: number them
        if item not in chosen:
            base = candidates(item)[-1]
            number = 2
            while f"{base}{number}" in chosen.values():
                number += 1
            chosen[item] = f"{base}{number}"
    return chosen
