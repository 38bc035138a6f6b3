"""HTTP routes of Flask (`@app.route`, blueprints, `@bp.get`) and FastAPI
(`@app.get`, `APIRouter(prefix=...)`, `include_router(prefix=...)`)."""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.entries.names import constructor_call, join_paths, variable_of
from migrate_kit.model.data import HTTP, EntryPoint

FLASK_APPS = frozenset({"flask.Flask", "flask.app.Flask"})
FLASK_BLUEPRINTS = frozenset({"flask.Blueprint", "flask.blueprints.Blueprint"})
FASTAPI_APPS = frozenset({"fastapi.FastAPI", "fastapi.applications.FastAPI"})
FASTAPI_ROUTERS = frozenset({"fastapi.APIRouter", "fastapi.routing.APIRouter"})
VERBS = frozenset({"get", "post", "put", "delete", "patch", "head", "options"})
# (framework, constructor keyword for a prefix, registration method, its prefix keyword)
_FRAMEWORKS = {
    "flask": ("url_prefix", "register_blueprint", "url_prefix"),
    "fastapi": ("prefix", "include_router", "prefix"),
}


def route_entries(view: CodeView, function: str, decorator: Ref) -> list[EntryPoint]:
    """`@<app or router>.<verb>(path, ...)` and `@<app or blueprint>.route(path, methods=[...])`."""
    expr = view.expr(decorator)
    if expr[0] != "call" or expr[1] < 0:
        return []
    func = view.expr(Ref(decorator.file, expr[1]))
    if func[0] != "attr":
        return []
    receiver = Ref(decorator.file, func[1])
    framework = _framework(view.library_instances(receiver))
    verb = func[2]
    if framework is None or not (verb in VERBS or verb in ("route", "api_route")):
        return []
    path = view.string(view.arg(decorator, 0, "path" if framework == "fastapi" else "rule"))
    if path is None:
        path = view.string(view.arg(decorator, 0))
    if path is None:
        return []
    if verb in VERBS:
        methods = [verb.upper()]
    else:
        methods = [m.upper() for m in view.strings(view.arg(decorator, 99, "methods"))] or ["GET"]
    prefix = _prefix(view, variable_of(view, receiver), framework, set())
    return [EntryPoint(function, HTTP, ",".join(methods), join_paths(prefix, path), framework)]


def _framework(instances: set[str]) -> str | None:
    if instances & (FLASK_APPS | FLASK_BLUEPRINTS):
        return "flask"
    if instances & (FASTAPI_APPS | FASTAPI_ROUTERS):
        return "fastapi"
    return None


def _prefix(view: CodeView, variable: tuple[str, str] | None, framework: str, seen: set) -> str:
    """A blueprint's or router's own prefix, then where it is registered, outward."""
    if variable is None or variable in seen:
        return ""
    seen.add(variable)
    own_keyword, register, register_keyword = _FRAMEWORKS[framework]
    own = ""
    call = constructor_call(view, variable)
    if call is not None:
        own = view.string(view.arg(call, 99, own_keyword)) or ""
    for ref, expr in view.calls():
        if view.call_name(ref) != register or variable_of(view, view.arg(ref, 0)) != variable:
            continue
        registered = view.string(view.arg(ref, 99, register_keyword))
        func = view.expr(Ref(ref.file, expr[1]))
        outer = _prefix(view, variable_of(view, Ref(ref.file, func[1])), framework, seen)
        # A prefix given at registration replaces the blueprint's own (Flask) or comes before it (FastAPI).
        if framework == "flask" and registered is not None:
            return join_paths(outer, registered)
        return join_paths(outer, registered or "", own)
    return own
