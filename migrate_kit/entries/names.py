"""Which module-level variable an expression refers to, across imports: how a
blueprint or router defined in one module is found where it is registered."""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref


def variable_of(view: CodeView, ref: Ref) -> tuple[str, str] | None:
    """(module, name) for `bp`, `from m import bp`, `m.bp`; None for anything else."""
    if ref.expr < 0:
        return None
    expr = view.expr(ref)
    if expr[0] == "var":
        scope = view.files[ref.file].scopes[expr[1]]
        if scope.kind != "module":
            return None
        # An imported name: follow it to where it was defined.
        for value in view.assigned(ref):
            origin = variable_of(view, Ref(ref.file, value))
            if origin is not None:
                return origin
        return scope.qualname, expr[2]
    if expr[0] == "from" and expr[1] in view.program.modules:
        origin = _defined_in(view, expr[1], expr[2])
        return origin or (expr[1], expr[2])
    if expr[0] == "attr":
        for value in view.values(Ref(ref.file, expr[1])):
            if value[0] == "module" and value[1] in view.program.modules:
                return _defined_in(view, value[1], expr[2]) or (value[1], expr[2])
    return None


def _defined_in(view: CodeView, module: str, name: str) -> tuple[str, str] | None:
    """Follow a re-export (`from .routes import bp` in a package) to the defining module."""
    fi = view.program.modules[module]
    for value in view.assigned_global(fi, name):
        expr = view.expr(Ref(fi, value))
        if expr[0] == "from":
            return variable_of(view, Ref(fi, value))
    return None


def constructor_call(view: CodeView, variable: tuple[str, str]) -> Ref | None:
    """The call a module-level variable was made by (`bp = Blueprint(...)`)."""
    module, name = variable
    fi = view.program.modules.get(module)
    if fi is None:
        return None
    for value in view.assigned_global(fi, name):
        if view.expr(Ref(fi, value))[0] == "call":
            return Ref(fi, value)
    return None


def join_paths(*parts: str) -> str:
    """URL paths joined with single slashes, always starting with one."""
    pieces = [p.strip("/") for p in parts if p and p.strip("/")]
    trailing = bool(parts) and parts[-1].endswith("/") and len(parts[-1]) > 1
    return "/" + "/".join(pieces) + ("/" if trailing and pieces else "")
