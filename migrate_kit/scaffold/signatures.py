"""Parameters of the monolith's functions, read from the source with `ast` (never imported).

Each parameter becomes a validated field of the generated code: its annotation is mapped
to a type the generated code can check without the monolith (`int`, `Decimal`,
`list[int]`...); a monolith class (`cart: Cart`) becomes `Any` and is flagged, since an ORM
object cannot travel in a message.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace

from migrate_kit.scaffold.model import Param

_SCALARS = {
    "int": "int", "str": "str", "float": "float", "bool": "bool", "bytes": "bytes",
    "Decimal": "Decimal", "date": "date", "datetime": "datetime", "time": "time", "UUID": "UUID",
    "Any": "Any", "object": "Any",
}
_LISTS = {"list", "List", "Sequence", "Iterable", "tuple", "Tuple", "set", "Set", "frozenset", "Collection"}
_DICTS = {"dict", "Dict", "Mapping", "MutableMapping"}
_OPTIONAL = {"Optional"}
_INJECTED = {"Depends", "Security", "BackgroundTasks"}  # FastAPI dependencies: not the caller's input
_SOURCES = {"Query": "query", "Path": "path", "Header": "header", "Body": "body", "Cookie": "header", "Form": "body"}
_EXAMPLES = {
    "int": ("7", "'not-a-number'"), "float": ("1.5", "'not-a-number'"), "Decimal": ("'12.50'", "'not-a-number'"),
    "bool": ("True", "'not-a-bool'"), "str": ("'example'", "12"), "bytes": ("'ZXhhbXBsZQ=='", "12"),
    "date": ("'2024-01-02'", "'not-a-date'"), "datetime": ("'2024-01-02T03:04:05+00:00'", "'not-a-date'"),
    "time": ("'03:04:05'", "'not-a-time'"), "UUID": ("'12345678-1234-5678-1234-567812345678'", "'not-a-uuid'"),
    "Any": ("'example'", None),
}


@dataclass(frozen=True)
class Signature:
    params: tuple[Param, ...]
    accepts_extra: bool  # **kwargs
    is_async: bool
    doc: str
    found: bool = True


MISSING = Signature((), False, False, "", found=False)


def find_function(tree: ast.Module, qualname_inside: str, line: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The def named by its path inside the module (`Cls.meth`, `f.g`), else the def at `line`."""
    scope: list[ast.stmt] = tree.body
    found = None
    for part in qualname_inside.split("."):
        found = next((n for n in scope if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                      and n.name == part), None)
        if found is None:
            break
        scope = found.body
    if isinstance(found, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return found
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.lineno == line:
            return node
    return None


def signature(function: ast.FunctionDef | ast.AsyncFunctionDef, method: bool, django_view: bool = False) -> Signature:
    """The parameters a caller gives: without `self`/`cls`, a bound Celery task's `self`, and a
    Django view's `request` (the handler builds what the view read from it)."""
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    pairs = list(zip(positional, defaults)) + list(zip(arguments.kwonlyargs, arguments.kw_defaults))
    if pairs and (method or _bound_task(function)) and pairs[0][0].arg in ("self", "cls"):
        pairs = pairs[1:]
    if pairs and django_view and pairs[0][0].arg == "request":
        pairs = pairs[1:]
    params = []
    for argument, default in pairs:
        param = _param(argument, default)
        if param is not None:
            params.append(param)
    doc = (ast.get_docstring(function) or "").strip().splitlines()
    return Signature(tuple(params), arguments.kwarg is not None, isinstance(function, ast.AsyncFunctionDef),
                     doc[0] if doc else "")


def _bound_task(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A Celery task declared with bind=True takes the task as `self`."""
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call) and any(
            k.arg == "bind" and isinstance(k.value, ast.Constant) and k.value.value is True for k in decorator.keywords
        ):
            return True
    return False


def _param(argument: ast.arg, default: ast.expr | None) -> Param | None:
    source, required = "", default is None
    if isinstance(default, ast.Call):
        called = _name(default.func)
        if called in _INJECTED:
            return None
        if called in _SOURCES:
            source = _SOURCES[called]
            first = default.args[0] if default.args else next(
                (k.value for k in default.keywords if k.arg == "default"), None)
            required = first is None or (isinstance(first, ast.Constant) and first.value is Ellipsis)
    original = ast.unparse(argument.annotation) if argument.annotation is not None else ""
    annotation, portable = _annotation(argument.annotation)
    if default is not None and not required and "None" not in annotation and _is_none(default):
        annotation = f"{annotation} | None"
    example, invalid = _examples(annotation)
    return Param(argument.arg, annotation, required, original, portable, example, invalid, source)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _annotation(node: ast.expr | None) -> tuple[str, bool]:
    """A checkable annotation, and whether the original type can travel as JSON."""
    if node is None:
        return "Any", True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a string annotation
        try:
            return _annotation(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return "Any", True
    if isinstance(node, ast.Constant) and node.value is None:
        return "None", True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union([node.left, node.right])
    if isinstance(node, ast.Subscript):
        outer = _name(node.value)
        inner = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if outer in _OPTIONAL:
            return _union(inner + [ast.Constant(None)])
        if outer == "Union":
            return _union(inner)
        if outer in _LISTS:
            item, portable = _annotation(inner[0]) if inner and not _is_ellipsis(inner[0]) else ("Any", True)
            return f"list[{item}]", portable
        if outer in _DICTS:
            value, portable = _annotation(inner[-1]) if len(inner) == 2 else ("Any", True)
            return f"dict[str, {value}]", portable
        if outer in ("Annotated",) and inner:
            return _annotation(inner[0])
        if outer == "Literal":
            return "Any", True
        return "Any", False
    name = _name(node)
    if name in _SCALARS:
        return _SCALARS[name], True
    if name in _LISTS:
        return "list[Any]", True
    if name in _DICTS:
        return "dict[str, Any]", True
    return "Any", False


def _union(members: list[ast.expr]) -> tuple[str, bool]:
    parts, portable = [], True
    for member in members:
        text, ok = _annotation(member)
        portable = portable and ok
        for piece in text.split(" | "):
            if piece not in parts:
                parts.append(piece)
    nullable = "None" in parts
    parts = [p for p in parts if p != "None"]
    if not parts or "Any" in parts or len(parts) > 1:
        core = "Any" if not parts or "Any" in parts else " | ".join(parts)
    else:
        core = parts[0]
    return (f"{core} | None" if nullable and core != "Any" else core), portable


def _is_ellipsis(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is Ellipsis


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _examples(annotation: str) -> tuple[str, str | None]:
    core = annotation.removesuffix(" | None")
    if core.startswith("list["):
        inner = core[5:-1]
        example = _EXAMPLES.get(inner, ("'example'", None))[0]
        return f"[{example}]", "'not-a-list'"
    if core.startswith("dict["):
        return "{'key': 'value'}", "'not-an-object'"
    if " | " in core:
        return "'example'" if "str" in core else _EXAMPLES.get(core.split(" | ")[0], ("'example'", None))[0], None
    return _EXAMPLES.get(core, ("'example'", None))


def for_http(param: Param, path_params: tuple[str, ...], has_body: bool) -> Param:
    """Where an HTTP route takes a parameter from: the path, else what the framework said, else
    the query string for scalars and the JSON body for the rest."""
    if param.name in path_params:
        source = "path"
    elif param.http_source:
        source = param.http_source
    elif _scalar(param.annotation) or not has_body:
        source = "query"
    else:
        source = "body"
    return replace(param, http_source=source)


def _scalar(annotation: str) -> bool:
    core = annotation.removesuffix(" | None")
    return core in _SCALARS and core != "Any"
