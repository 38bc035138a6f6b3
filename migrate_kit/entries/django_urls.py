"""Django urlconfs: `urlpatterns` of `path`, `re_path` and `url`, `include(...)` of
other urlconfs, function views and class-based views (one entry per HTTP method
the view class defines)."""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.entries.names import join_paths
from migrate_kit.model.data import HTTP, EntryPoint

ROUTE_FUNCTIONS = frozenset({"path", "re_path", "url"})
VIEW_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
_MAX_DEPTH = 8


def django_entries(view: CodeView) -> list[EntryPoint]:
    urlconfs = {
        facts.module: fi for fi, facts in enumerate(view.files) if "urlpatterns" in facts.scopes[0].bound
    }
    included: set[str] = set()
    for fi in urlconfs.values():
        for pattern in _patterns(view, fi):
            target = _included_module(view, pattern)
            if target:
                included.add(target)
    found: list[EntryPoint] = []
    for module in sorted(urlconfs):
        if module not in included:  # a root urlconf
            _walk(view, urlconfs, module, "", found, 0)
    return found


def _patterns(view: CodeView, fi: int) -> list[Ref]:
    """The route calls in a module's `urlpatterns` (every list assigned or added to it)."""
    routes = []
    for value in view.assigned_global(fi, "urlpatterns"):
        routes += _routes_in(view, Ref(fi, value))
    return routes


def _routes_in(view: CodeView, ref: Ref) -> list[Ref]:
    expr = view.expr(ref)
    if expr[0] == "new":
        return [r for i in expr[2] if i >= 0 for r in _routes_in(view, Ref(ref.file, i))]
    if expr[0] == "union":
        return [r for i in expr[1] for r in _routes_in(view, Ref(ref.file, i))]
    if expr[0] == "call" and view.call_name(ref) in ROUTE_FUNCTIONS:
        return [ref]
    if expr[0] == "var":
        return [r for value in view.assigned(ref) for r in _routes_in(view, Ref(ref.file, value))]
    return []


def _include(view: CodeView, route: Ref) -> Ref | None:
    """The argument of `include(...)` when the route's view is one."""
    target = view.arg(route, 1, "view")
    if target.expr < 0 or view.expr(target)[0] != "call" or view.call_name(target) != "include":
        return None
    return view.arg(target, 0)


def _included_module(view: CodeView, route: Ref) -> str | None:
    argument = _include(view, route)
    if argument is None or argument.expr < 0:
        return None
    text = view.string(argument)
    if text:
        return text
    modules = [v[1] for v in view.values(argument) if v[0] == "module"]
    return modules[0] if modules else None


def _walk(view: CodeView, urlconfs: dict, module: str, prefix: str, found: list, depth: int) -> None:
    if depth > _MAX_DEPTH or module not in urlconfs:
        return
    _walk_routes(view, urlconfs, _patterns(view, urlconfs[module]), prefix, found, depth)


def _walk_routes(view: CodeView, urlconfs: dict, routes: list[Ref], prefix: str, found: list, depth: int) -> None:
    for route in routes:
        pattern = view.string(view.arg(route, 0, "route")) or ""
        if view.call_name(route) != "path":  # a regular expression: drop its anchors
            pattern = pattern.lstrip("^").rstrip("$")
        path = join_paths(prefix, pattern)
        included = _included_module(view, route)
        if included:
            _walk(view, urlconfs, included, path, found, depth + 1)
        elif _include(view, route) is not None:  # include(a_list_of_patterns)
            if depth < _MAX_DEPTH:
                _walk_routes(view, urlconfs, _routes_in(view, _include(view, route)), path, found, depth + 1)
        else:
            found.extend(_view_entries(view, view.arg(route, 1, "view"), path))


def _view_entries(view: CodeView, target: Ref, path: str) -> list[EntryPoint]:
    if target.expr < 0:
        return []
    if view.expr(target)[0] == "call" and view.call_name(target) == "as_view":
        view_class = Ref(target.file, view.expr(Ref(target.file, view.expr(target)[1]))[1])
        entries = []
        for cls in sorted(view.classes(view_class)):
            for method in VIEW_METHODS:
                handler = _method_of(view, cls, method)
                if handler:
                    entries.append(EntryPoint(handler, HTTP, method.upper(), path, "django"))
        return entries
    functions = sorted(v[1] for v in view.values(target) if v[0] == "func")
    return [EntryPoint(f, HTTP, "ANY", path, "django") for f in functions]


def _method_of(view: CodeView, cls: str, method: str) -> str | None:
    """The function a class-based view runs for an HTTP method, if a class of ours defines it."""
    return view.resolution.solver.find_method(cls, method)
