"""The one jinja2 environment of the report: strict (an undefined name is an
error), autoescaping every HTML template, with the report's filters registered here."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

import migrate_kit
from migrate_kit.report import markdown
from migrate_kit.report.view import KERNEL

AUTOESCAPED = (".html", ".svg")  # .md, .css and .js templates hold no markup to escape


def templates_dir() -> Path:
    """`migrate_kit/templates` in an installed wheel, else the checkout's `templates/`."""
    package = Path(migrate_kit.__file__).resolve().parent
    shipped = package / "templates"
    return shipped if shipped.is_dir() else package.parent / "templates"


def _autoescape(name: str | None) -> bool:
    return name is None or name.endswith(AUTOESCAPED)


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["KERNEL"] = KERNEL
    env.filters.update({
        "breakable": breakable,
        "num": number,
        "percent": percent,
        "plural": plural,
        "md": markdown.escape,
        "mermaid": markdown.mermaid_text,
    })
    return env


def number(value: int | float) -> str:
    """Thousands separated: 12,345."""
    return f"{value:,}"


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """`3|plural("module")` -> "3 modules"."""
    word = singular if count == 1 else (many or singular + "s")
    return f"{count:,} {word}"


def breakable(text: object) -> Markup:
    """Escaped text that may wrap after its dots and slashes (dotted names, paths)."""
    value = str(escape(str(text)))  # plain str: Markup.replace would escape the <wbr> too
    return Markup(value.replace(".", ".<wbr>").replace("/", "/<wbr>"))
