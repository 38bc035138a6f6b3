"""Helpers for data tests: analyze a small tree and project the facts into sets."""

from __future__ import annotations

from pathlib import Path

from migrate_kit.data.analysis import analyze_data
from migrate_kit.model.data import DataFacts
from tests.support import resolve_tree


def data_of(root: Path, files: dict[str, str]) -> DataFacts:
    """The DataFacts of a tree written under root."""
    return analyze_data(resolve_tree(root, files))


def entities(facts: DataFacts) -> set[tuple[str, str, str]]:
    """(name, table, framework) of every entity."""
    return {(e.name, e.table, e.framework) for e in facts.entities}


def entity_names(facts: DataFacts) -> set[str]:
    return {e.name for e in facts.entities}


def fields_of(facts: DataFacts, name: str) -> set[tuple[str, str, bool, str]]:
    """(field, type, primary_key, foreign_key) of the entity `name`."""
    (entity,) = [e for e in facts.entities if e.name == name]
    return {(f.name, f.type, f.primary_key, f.foreign_key) for f in entity.fields}


def accesses(facts: DataFacts) -> set[tuple[str, str, str]]:
    """(scope, entity, kind) of every access."""
    return {(a.scope, a.entity, a.kind) for a in facts.accesses}


def accesses_with_certainty(facts: DataFacts) -> set[tuple[str, str, str, bool]]:
    return {(a.scope, a.entity, a.kind, a.certain) for a in facts.accesses}


def relations(facts: DataFacts) -> set[tuple[str, str, str, str]]:
    """(source, target, kind, field) of every relation."""
    return {(r.source, r.target, r.kind, r.field) for r in facts.relations}


def entries(facts: DataFacts) -> set[tuple[str, str, str | None, str, str]]:
    """(function, kind, method, path, framework) of every entry point."""
    return {(e.function, e.kind, e.method, e.path, e.framework) for e in facts.entries}
