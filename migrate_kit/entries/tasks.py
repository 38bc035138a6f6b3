"""Celery tasks: `@app.task`, `@app.task(...)`, `@shared_task`, `@shared_task(...)`."""

from __future__ import annotations

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.model.data import TASK, EntryPoint

SHARED_TASK = frozenset({"celery.shared_task", "celery.app.shared_task"})
CELERY_APPS = frozenset({"celery.Celery", "celery.app.Celery", "celery.app.base.Celery"})


def task_entries(view: CodeView, function: str, decorator: Ref) -> list[EntryPoint]:
    expr = view.expr(decorator)
    called = expr[0] == "call" and expr[1] >= 0
    target = Ref(decorator.file, expr[1]) if called else decorator
    if not _is_task_decorator(view, target):
        return []
    name = view.string(view.arg(decorator, 99, "name")) if called else None
    return [EntryPoint(function, TASK, None, name or function, "celery")]


def _is_task_decorator(view: CodeView, ref: Ref) -> bool:
    if view.library_names(ref) & SHARED_TASK:
        return True
    expr = view.expr(ref)
    if expr[0] == "attr" and expr[2] == "task":
        return bool(view.library_instances(Ref(ref.file, expr[1])) & CELERY_APPS)
    return False
