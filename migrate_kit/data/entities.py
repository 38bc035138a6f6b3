"""Data entities: Django models, SQLAlchemy declarative models and Table objects,
and tables named in SQL. A model and its table are one entity."""

from __future__ import annotations

from dataclasses import dataclass, field

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.data.fields import django_fields, sqlalchemy_fields
from migrate_kit.model.data import DJANGO, SQL, SQLALCHEMY, Entity
from migrate_kit.model.facts import CLASS

# What a class's MRO contains when it is an ORM model (import names, as resolved).
DJANGO_MODEL_BASES = frozenset({"django.db.models.Model", "django.db.models.base.Model"})
SQLALCHEMY_BASE_FACTORIES = frozenset(
    {"sqlalchemy.orm.declarative_base", "sqlalchemy.ext.declarative.declarative_base",
     "sqlalchemy.orm.decl_api.declarative_base", "sqlalchemy.orm.registry.generate_base"}
)
SQLALCHEMY_BASE_CLASSES = frozenset(
    {"sqlalchemy.orm.DeclarativeBase", "sqlalchemy.orm.DeclarativeBaseNoMeta",
     "sqlalchemy.orm.decl_api.DeclarativeBase", "sqlalchemy.ext.declarative.DeclarativeMeta"}
)


@dataclass
class Entities:
    by_name: dict[str, Entity] = field(default_factory=dict)
    model_of_class: dict[str, str] = field(default_factory=dict)  # any model class -> its entity
    by_table: dict[str, str] = field(default_factory=dict)  # lower-case table -> entity

    def for_table(self, table: str) -> str | None:
        """The entity of a table name as SQL writes it; `analytics.events` is not `events`."""
        return self.by_table.get(table.lower())

    def framework_of(self, cls: str) -> str | None:
        entity = self.model_of_class.get(cls)
        return self.by_name[entity].framework if entity else None


def find_entities(view: CodeView) -> Entities:
    found = Entities()
    # Parents before children: a proxy or single-table subclass joins its parent's entity.
    for cls in sorted(view.program.class_names, key=lambda c: (len(view.resolution.mro(c)), c)):
        framework = _orm_of(view, cls)
        if framework == DJANGO:
            _add_django(view, found, cls)
        elif framework == SQLALCHEMY:
            _add_sqlalchemy(view, found, cls)
    _add_tables(view, found)
    return found


def add_sql_tables(view: CodeView, found: Entities) -> None:
    """Tables named only in SQL become `table:NAME` entities (after the models)."""
    for fi, facts in enumerate(view.files):
        for stmt in facts.stmts:
            if stmt[0] != "sql":
                continue
            for table, _verb in stmt[2]:
                if found.for_table(table) is None:
                    name = f"table:{table}"
                    path, line = view.location(Ref(fi, stmt[1]))
                    found.by_name[name] = Entity(name, table, SQL, path, line)
                    found.by_table[table.lower()] = name


def _orm_of(view: CodeView, cls: str) -> str | None:
    for kind, name in view.resolution.mro(cls)[1:]:
        if kind in ("ext", "extmember") and name in DJANGO_MODEL_BASES:
            return DJANGO
        if (kind == "extresult" and name in SQLALCHEMY_BASE_FACTORIES) or (
            kind == "ext" and name in SQLALCHEMY_BASE_CLASSES
        ):
            return SQLALCHEMY
        if kind == "extmember" and name.endswith(".Model") and name.startswith("flask_sqlalchemy."):
            return SQLALCHEMY  # db.Model of Flask-SQLAlchemy
    return None


def _meta_option(view: CodeView, cls: str, option: str) -> object:
    values = view.class_body.get(f"{cls}.Meta", {}).get(option, [])
    return view.constant(values[-1]) if values else None


def _add_django(view: CodeView, found: Entities, cls: str) -> None:
    if _meta_option(view, cls, "abstract") is True:
        return
    if _meta_option(view, cls, "proxy") is True:  # same table as the concrete model above it
        for parent in view.mro_names(cls)[1:]:
            if parent in found.model_of_class:
                found.model_of_class[cls] = found.model_of_class[parent]
                return
    table = _meta_option(view, cls, "db_table")
    if not isinstance(table, str):
        app_label = _meta_option(view, cls, "app_label")
        label = app_label if isinstance(app_label, str) else _django_app_label(cls)
        table = f"{label}_{cls.rsplit('.', 1)[-1].lower()}"
    _add_model(view, found, cls, table, DJANGO, django_fields(view, cls))


def _django_app_label(cls: str) -> str:
    """Django's default app label: the package that holds the `models` module."""
    parts = cls.split(".")[:-1]
    if "models" in parts:
        index = parts.index("models")
        return parts[index - 1] if index > 0 else parts[0]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _add_sqlalchemy(view: CodeView, found: Entities, cls: str) -> None:
    body = view.class_body.get(cls, {})
    if body.get("__abstract__") and view.constant(body["__abstract__"][-1]) is True:
        return
    own = _own_tablename(view, cls)
    if own is None and "__table__" not in body:
        for parent in view.mro_names(cls)[1:]:  # single-table inheritance: the parent's table
            if parent in found.model_of_class:
                found.model_of_class[cls] = found.model_of_class[parent]
                return
        if not any("__tablename__" in view.class_body.get(p, {}) for p in view.mro_names(cls)[1:]):
            return  # a declarative base or mixin, not mapped to a table
    # A computed name (`@declared_attr def __tablename__`) is taken to be the class name.
    table = own or cls.rsplit(".", 1)[-1].lower()
    _add_model(view, found, cls, table, SQLALCHEMY, sqlalchemy_fields(view, cls))


def _own_tablename(view: CodeView, cls: str) -> str | None:
    values = view.class_body.get(cls, {}).get("__tablename__", [])
    text = view.string(values[-1]) if values else None
    return text


def _add_model(view: CodeView, found: Entities, cls: str, table: str, framework: str, fields) -> None:
    ref = view.program.scopes[cls][0]
    scope = view.program.scope(ref)
    path = view.files[ref.file].path
    found.by_name[cls] = Entity(cls, table, framework, path, scope.line, tuple(fields))
    found.model_of_class[cls] = cls
    found.by_table.setdefault(table.lower(), cls)


def _add_tables(view: CodeView, found: Entities) -> None:
    """`Table("name", metadata, Column(...))` objects."""
    for ref, expr in view.calls():
        values = view.resolution.values(ref.file, ref.expr)
        for value in values:
            if value[0] == "table" and value[1].lower() not in found.by_table:
                name = f"table:{value[1]}"
                path, line = view.location(ref)
                found.by_name[name] = Entity(name, value[1], SQLALCHEMY, path, line, tuple(sqlalchemy_fields(view, None, ref)))
                found.by_table[value[1].lower()] = name


def is_class(view: CodeView, qualname: str) -> bool:
    return view.program.kind(qualname) == CLASS
