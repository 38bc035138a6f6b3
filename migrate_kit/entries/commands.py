"""CLI commands of click (`@click.command()`, `@group.command()`) and typer (`@app.command()`)."""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.model.data import CLI, EntryPoint

CLICK_FACTORIES = frozenset({"click.command", "click.group", "click.decorators.command", "click.decorators.group"})
TYPER_APPS = frozenset({"typer.Typer", "typer.main.Typer"})


def command_entries(view: CodeView, function: str, decorator: Ref) -> list[EntryPoint]:
    expr = view.expr(decorator)
    if expr[0] != "call" or expr[1] < 0:
        return []
    func_ref = Ref(decorator.file, expr[1])
    func = view.expr(func_ref)
    explicit = view.string(view.arg(decorator, 0, "name"))
    default = function.rsplit(".", 1)[-1].replace("_", "-")
    if view.library_names(func_ref) & {"click.command", "click.decorators.command"}:
        return [EntryPoint(function, CLI, None, explicit or default, "click")]
    if func[0] != "attr" or func[2] != "command":
        return []
    receiver = Ref(decorator.file, func[1])
    if view.library_instances(receiver) & TYPER_APPS:
        return [EntryPoint(function, CLI, None, explicit or default, "typer")]
    group = _click_group(view, receiver)
    if group is not None:
        return [EntryPoint(function, CLI, None, f"{group} {explicit or default}", "click")]
    return []


def _click_group(view: CodeView, receiver: Ref) -> str | None:
    """The command name of a click group the receiver holds (a function decorated with click.group)."""
    for value in view.values(receiver):
        if value[0] != "func":
            continue
        for decorator in view.decorators.get(value[1], []):
            expr = view.expr(decorator)
            if expr[0] == "call" and view.library_names(Ref(decorator.file, expr[1])) & {"click.group", "click.decorators.group"}:
                return view.string(view.arg(decorator, 0, "name")) or value[1].rsplit(".", 1)[-1].replace("_", "-")
    return None
