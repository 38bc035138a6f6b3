"""Entry points: where the outside world comes in (HTTP routes, task-queue tasks,
CLI commands). They are the natural Lambda handlers and the use cases behind BCP."""

from __future__ import annotations

from migrate_kit.data.code import CodeView
from migrate_kit.entries.commands import command_entries
from migrate_kit.entries.django_urls import django_entries
from migrate_kit.entries.routes import route_entries
from migrate_kit.entries.tasks import task_entries
from migrate_kit.model.data import EntryPoint


def find_entry_points(view: CodeView) -> list[EntryPoint]:
    found = set()
    for function, decorators in sorted(view.decorators.items()):
        for decorator in decorators:
            found |= set(route_entries(view, function, decorator))
            found |= set(task_entries(view, function, decorator))
            found |= set(command_entries(view, function, decorator))
    found |= set(django_entries(view))
    return sorted(found)
