"""Entities, accesses, relations and entry points of a resolved program."""

from __future__ import annotations

import os
from dataclasses import replace

from migrate_kit.data.access import AccessFinder
from migrate_kit.data.code import CodeView
from migrate_kit.data.entities import Entities, add_sql_tables, find_entities
from migrate_kit.data.relations import find_relations, resolve_target
from migrate_kit.entries import find_entry_points
from migrate_kit.model.data import DJANGO, DataFacts
from migrate_kit.resolve import Resolution


def analyze_data(resolution: Resolution) -> DataFacts:
    view = CodeView(resolution)
    entities = find_entities(view)
    add_sql_tables(view, entities)
    _resolve_foreign_keys(entities)
    accesses = AccessFinder(view, entities).run()
    relations = find_relations(view, entities)
    return DataFacts(
        entities=tuple(sorted(entities.by_name.values())),
        accesses=tuple(accesses),
        relations=tuple(relations),
        entries=tuple(find_entry_points(view)),
    )


def _resolve_foreign_keys(entities: Entities) -> None:
    """Fields name the entity their foreign key points at."""
    for name, entity in list(entities.by_name.items()):
        fields = []
        for field in entity.fields:
            reference = field.foreign_key
            if reference and entity.framework == DJANGO and not reference.startswith("model:"):
                target = entities.model_of_class.get(reference, "")
            else:
                target = resolve_target(entities, reference, name) or "" if reference else ""
            fields.append(replace(field, foreign_key=target))
        entities.by_name[name] = replace(entity, fields=tuple(fields))


def shared_entities(data: DataFacts, modules: list[str]) -> dict[str, tuple[str, ...]]:
    """Entities read or written from more than one top-level package: the packages one
    level below what every module shares (`shop.orders`, `shop.payments` under `shop`)."""
    depth = _common_depth(modules) + 1
    packages: dict[str, set[str]] = {}
    for access in data.accesses:
        package = ".".join(access.scope.split(".")[:depth])
        packages.setdefault(access.entity, set()).add(package)
    return {entity: tuple(sorted(p)) for entity, p in sorted(packages.items()) if len(p) > 1}


def _common_depth(modules: list[str]) -> int:
    """How many leading name parts every module shares (`shop` for `shop`, `shop.orders.x`)."""
    if not modules:
        return 0
    prefix = os.path.commonprefix([m.split(".") for m in modules])
    shortest = min(len(m.split(".")) for m in modules)
    return min(len(prefix), max(shortest, 1)) if len(modules) > 1 else 0
