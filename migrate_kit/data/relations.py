"""Relations between entities: Django ForeignKey/OneToOneField/ManyToManyField,
SQLAlchemy ForeignKey("table.col") and relationship(...)."""

from __future__ import annotations

import re

from migrate_kit.data.code import CodeView, Ref
from migrate_kit.data.entities import Entities
from migrate_kit.data.fields import DJANGO_RELATIONS
from migrate_kit.model.data import DJANGO, Relation


def find_relations(view: CodeView, entities: Entities) -> list[Relation]:
    found = []
    for name, entity in sorted(entities.by_name.items()):
        if entity.framework == DJANGO:
            found += _django(view, entities, name)
        elif not name.startswith("table:"):
            found += _sqlalchemy(view, entities, name)
    for name, entity in sorted(entities.by_name.items()):
        if entity.framework == DJANGO:
            continue
        for field in entity.fields:  # SQLAlchemy ForeignKey("table.column"), already resolved to entities
            target = field.foreign_key
            if target in entities.by_name and target != name:
                found.append(Relation(name, target, "foreign_key", field.name))
    return sorted(set(found))


def _django(view: CodeView, entities: Entities, model: str) -> list[Relation]:
    found = []
    for owner in view.mro_names(model):
        for field, values in view.class_body.get(owner, {}).items():
            call = values[-1]
            kind = DJANGO_RELATIONS.get(view.call_name(call)) if view.expr(call)[0] == "call" else None
            if kind is None:
                continue
            target_ref = view.arg(call, 99, "to")
            if target_ref.expr < 0:
                target_ref = view.arg(call, 0)
            target = _model_target(view, entities, target_ref, model)
            if target:
                found.append(Relation(model, target, kind, field))
    return found


def _sqlalchemy(view: CodeView, entities: Entities, model: str) -> list[Relation]:
    found = []
    for owner in view.mro_names(model):
        for field, values in view.class_body.get(owner, {}).items():
            call = values[-1]
            if view.expr(call)[0] == "call" and view.call_name(call) == "relationship":
                argument = view.arg(call, 0, "argument")
                if argument.expr < 0:
                    argument = view.arg(call, 0)
                target = _model_target(view, entities, argument, model) if argument.expr >= 0 else None
                if target is None:  # `Mapped[List["Registration"]] = relationship(...)`
                    target = _annotated_target(view, entities, owner, field, model)
                if target:
                    found.append(Relation(model, target, "relationship", field))
    return found


def _annotated_target(view: CodeView, entities: Entities, owner: str, field: str, model: str) -> str | None:
    annotation = view.annotations.get(owner, {}).get(field, "")
    names = re.findall(r"[A-Za-z_][\w.]*", annotation)
    for name in reversed(names):  # the innermost name: Mapped[List["Registration"]] -> Registration
        if name not in ("Mapped", "List", "list", "Optional", "Set", "set", "None", "typing"):
            return resolve_target(entities, "model:" + name, model)
    return None


def _model_target(view: CodeView, entities: Entities, ref: Ref, model: str) -> str | None:
    for cls in sorted(view.classes(ref)):
        if cls in entities.model_of_class:
            return entities.model_of_class[cls]
    text = view.string(ref)
    return resolve_target(entities, "model:" + text, model) if text else None


def resolve_target(entities: Entities, reference: str, model: str) -> str | None:
    """An entity from a reference: "model:Name", "model:app.Name", "model:self", or "table.column"."""
    if not reference:
        return None
    if reference.startswith("model:"):
        text = reference[len("model:"):]
        if text == "self":
            return model
        short = text.rsplit(".", 1)[-1]
        candidates = [c for c in entities.model_of_class if c.rsplit(".", 1)[-1] == short]
        if not candidates:
            return None
        # Prefer a model of the same app (package) as the one that refers to it.
        package = model.rsplit(".", 2)[0]
        candidates.sort(key=lambda c: (not c.startswith(package), c))
        return entities.model_of_class[candidates[0]]
    table = reference.rsplit(".", 1)[0] if "." in reference else reference
    return entities.for_table(table)
