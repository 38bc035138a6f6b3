"""Columns of ORM models, with portable type names (used by the scaffold for
DynamoDB attribute types and keys)."""

from __future__ import annotations

import re

from migrate_kit.data.code import CodeView, Ref, name_of
from migrate_kit.model.data import Field

# Django field classes and SQLAlchemy column types -> portable type names.
_TYPES = {
    "string": ("CharField", "TextField", "EmailField", "SlugField", "URLField", "GenericIPAddressField",
               "FilePathField", "FileField", "ImageField", "String", "Text", "Unicode", "UnicodeText",
               "VARCHAR", "CHAR", "Enum", "str"),
    "integer": ("AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField",
                "SmallIntegerField", "PositiveIntegerField", "PositiveSmallIntegerField",
                "PositiveBigIntegerField", "Integer", "BigInteger", "SmallInteger", "INTEGER", "int"),
    "decimal": ("DecimalField", "Numeric", "DECIMAL", "NUMERIC", "Decimal"),
    "float": ("FloatField", "Float", "REAL", "Double", "float"),
    "boolean": ("BooleanField", "NullBooleanField", "Boolean", "BOOLEAN", "bool"),
    "datetime": ("DateTimeField", "DateTime", "TIMESTAMP", "datetime"),
    "date": ("DateField", "Date", "date"),
    "time": ("TimeField", "Time", "time"),
    "json": ("JSONField", "JSON", "JSONB", "dict", "list"),
    "uuid": ("UUIDField", "Uuid", "UUID"),
    "binary": ("BinaryField", "LargeBinary", "BLOB", "bytes"),
}
TYPE_OF = {name: portable for portable, names in _TYPES.items() for name in names}
DJANGO_RELATIONS = {"ForeignKey": "foreign_key", "OneToOneField": "one_to_one", "ManyToManyField": "many_to_many"}


def django_fields(view: CodeView, cls: str) -> list[Field]:
    """Fields of a Django model, its abstract parents' included; `id` when no primary key is declared."""
    fields: dict[str, Field] = {}
    for owner in reversed(view.mro_names(cls)):
        for name, values in view.class_body.get(owner, {}).items():
            call = _field_call(view, values[-1])
            if call is None:
                continue
            kind = view.call_name(call)
            nullable = view.constant(view.arg(call, 99, "null")) is True
            primary = view.constant(view.arg(call, 99, "primary_key")) is True
            if kind in ("ForeignKey", "OneToOneField"):
                fields[name] = Field(f"{name}_id", "integer", primary, _django_target(view, call, cls), nullable)
            elif kind in TYPE_OF and kind != "ManyToManyField":
                fields[name] = Field(name, TYPE_OF[kind], primary, "", nullable)
    if not any(f.primary_key for f in fields.values()):
        fields = {"id": Field("id", "integer", True, "", False), **fields}
    return sorted(fields.values(), key=lambda f: (not f.primary_key, f.name))


def sqlalchemy_fields(view: CodeView, cls: str | None, table_call: Ref | None = None) -> list[Field]:
    """Columns of a declarative model (`Column`, `mapped_column` with `Mapped[...]`) or of a Table(...)."""
    fields: dict[str, Field] = {}
    if table_call is not None:
        for arg in view.expr(table_call)[2][1:]:
            column = Ref(table_call.file, arg)
            if arg >= 0 and view.expr(column)[0] == "call" and view.call_name(column) == "Column":
                name = view.string(view.arg(column, 0))
                if name:
                    fields[name] = _column(view, column, name, None)
        return sorted(fields.values(), key=lambda f: (not f.primary_key, f.name))
    for owner in reversed(view.mro_names(cls)):
        annotations = view.annotations.get(owner, {})
        for name, values in view.class_body.get(owner, {}).items():
            call = values[-1]
            if view.expr(call)[0] == "call" and view.call_name(call) in ("Column", "mapped_column"):
                fields[name] = _column(view, call, name, annotations.get(name))
        for name, annotation in annotations.items():
            values = view.class_body.get(owner, {}).get(name, [])
            if values and view.expr(values[-1])[0] == "call" and view.call_name(values[-1]) not in ("Column", "mapped_column"):
                continue  # relationship(...), association_proxy(...): not a column
            if name not in fields and annotation.startswith("Mapped["):
                fields[name] = Field(name, _annotation_type(annotation), False, "", "Optional" in annotation)
    return sorted(fields.values(), key=lambda f: (not f.primary_key, f.name))


def _column(view: CodeView, call: Ref, name: str, annotation: str | None) -> Field:
    kind, foreign = "unknown", ""
    for arg in view.expr(call)[2]:
        if arg < 0:
            continue
        ref = Ref(call.file, arg)
        expr = view.expr(ref)
        type_name = view.call_name(ref) if expr[0] == "call" else name_of(expr)
        if type_name in TYPE_OF and kind == "unknown":
            kind = TYPE_OF[type_name]
        if expr[0] == "call" and view.call_name(ref) == "ForeignKey":
            foreign = view.string(view.arg(ref, 0)) or ""
    if kind == "unknown" and annotation:
        kind = _annotation_type(annotation)
    primary = view.constant(view.arg(call, 99, "primary_key")) is True
    nullable = view.constant(view.arg(call, 99, "nullable"))
    optional = annotation is not None and ("Optional" in annotation or "None" in annotation)
    return Field(name, kind, primary, foreign, (nullable is True or optional) if nullable is not False else False)


def _annotation_type(annotation: str) -> str:
    inner = re.sub(r"^Mapped\[(.*)\]$", r"\1", annotation)
    inner = re.sub(r"^Optional\[(.*)\]$", r"\1", inner).split("|")[0].strip()
    return TYPE_OF.get(inner.rsplit(".", 1)[-1], "unknown")


def _field_call(view: CodeView, ref: Ref) -> Ref | None:
    expr = view.expr(ref)
    if expr[0] != "call":
        return None
    name = view.call_name(ref)
    return ref if name in TYPE_OF or name in DJANGO_RELATIONS else None


def _django_target(view: CodeView, call: Ref, cls: str) -> str:
    """The model a ForeignKey points at: a class, "self", "Model" or "app.Model"."""
    target = view.arg(call, 0, "to") if view.arg(call, 99, "to").expr >= 0 else view.arg(call, 0)
    classes = view.classes(target)
    if classes:
        return sorted(classes)[0]
    text = view.string(target)
    if not text:
        return ""
    if text == "self":
        return cls
    return "model:" + text  # resolved to an entity by name later (relations.resolve_model_name)
