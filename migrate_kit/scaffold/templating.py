"""The one jinja2 environment of the scaffold: strict (an undefined name is an error, not an
empty string), no autoescaping (the output is YAML, Python and Markdown, never HTML), and
every filter the templates use registered here."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import jinja2

import migrate_kit
from migrate_kit.scaffold.naming import camel, env_name, snake


def templates_folder() -> Path:
    """`migrate_kit/templates` inside the wheel, else the checkout's top-level `templates/`."""
    package = Path(migrate_kit.__file__).resolve().parent
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "sam").is_dir():
            return candidate
    raise FileNotFoundError("the scaffold templates (templates/sam) are not installed")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_folder() / "sam")),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        camel=camel,
        snake=snake,
        env_name=env_name,
        py=python_literal,
        yaml_str=yaml_string,
        md=markdown_cell,
        cfn=intrinsic,
        docline=doc_line,
        pytype=python_type,
    )
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def python_literal(value: object) -> str:
    """Python source for a value (str, int, float, bool, None, list, tuple, dict), strings in
    double quotes (a JSON string is a valid Python string literal)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(python_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    raise TypeError(f"no Python literal for {type(value).__name__}")


def yaml_string(value: object) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(str(value), ensure_ascii=False)


def markdown_cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def doc_line(value: object) -> str:
    """Text safe inside a Python docstring."""
    return str(value).replace("\\", "\\\\").replace('"""', "'''")


_CLOCK = re.compile(r"\b(datetime|date|time)\b")
CLOCK_NAMES = {"date": "Date", "datetime": "DateTime", "time": "Time"}


def python_type(annotation: str) -> str:
    """An annotation as generated modules spell it (`date` is imported as `Date`, so that a
    parameter called `date` cannot shadow its own type)."""
    return _CLOCK.sub(lambda m: CLOCK_NAMES[m.group(1)], annotation)


def intrinsic(value: tuple[str, ...], indent: int) -> str:
    """A value in long-form intrinsics, laid out at `indent` spaces:
    ("ref", X) | ("getatt", X, Attribute) | ("import", StackParameter, Export) | ("literal", text)."""
    pad = " " * indent
    kind = value[0]
    if kind == "ref":
        return f"{pad}Ref: {value[1]}"
    if kind == "getatt":
        return f"{pad}Fn::GetAtt: [{value[1]}, {value[2]}]"
    if kind == "import":
        return f"{pad}Fn::ImportValue:\n{pad}  Fn::Sub: \"${{{value[1]}}}-{value[2]}\""
    if kind == "literal":
        return f"{pad}{yaml_string(value[1])}"
    raise ValueError(f"unknown intrinsic {value!r}")
