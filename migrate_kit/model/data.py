"""Data entities, who reads and writes them, and the ways in (design.md section 5)."""

from __future__ import annotations

from dataclasses import dataclass

DJANGO, SQLALCHEMY, SQL = "django", "sqlalchemy", "sql"
READ, WRITE = "read", "write"
HTTP, TASK, CLI = "http", "task", "cli"


@dataclass(frozen=True, slots=True, order=True)
class Field:
    """A column of an entity, with a portable type name (string, integer, decimal,
    float, boolean, datetime, date, json, uuid, binary, unknown)."""

    name: str
    type: str
    primary_key: bool = False
    foreign_key: str = ""  # the entity it points at
    nullable: bool = True


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """A model class and its table (one entity), or a table known only from SQL.

    `name` is the model's qualified class name, or `table:NAME`.
    """

    name: str
    table: str
    framework: str  # django | sqlalchemy | sql
    path: str
    line: int
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True, slots=True, order=True)
class DataAccess:
    """`scope` reads or writes `entity` at path:line. `certain` is False when the code
    does not show which: such accesses are recorded as reads."""

    scope: str
    entity: str
    kind: str  # read | write
    path: str
    line: int
    how: str  # the evidence: "Order.objects.filter", "session.add", "SQL UPDATE"...
    certain: bool = True


@dataclass(frozen=True, slots=True, order=True)
class Relation:
    """`source` refers to `target` (a foreign key, one-to-one, many-to-many or relationship)."""

    source: str
    target: str
    kind: str  # foreign_key | one_to_one | many_to_many | relationship
    field: str


@dataclass(frozen=True, slots=True, order=True)
class EntryPoint:
    """A way in from the outside world: an HTTP route, a task-queue task, a CLI command."""

    function: str
    kind: str  # http | task | cli
    method: str | None  # HTTP method(s), "GET" or "GET,POST"; None for tasks and commands
    path: str  # the URL path, the task name or the command name
    framework: str  # flask | fastapi | django | celery | click | typer


@dataclass(frozen=True, slots=True)
class DataFacts:
    entities: tuple[Entity, ...]
    accesses: tuple[DataAccess, ...]
    relations: tuple[Relation, ...]
    entries: tuple[EntryPoint, ...]
