"""Owned entities as DynamoDB tables: key schema from the primary key, a GSI per foreign key."""

from __future__ import annotations

import networkx as nx

from migrate_kit.scaffold.model import Attribute, Index, Table
from migrate_kit.scaffold.naming import camel, env_name, snake, unique

# Module-level names of the generated repositories.py an accessor must not shadow.
_TAKEN = frozenset({"boto3", "datetime", "decimal", "functools", "uuid", "settings", "repository", "key", "binary",
                    "mapping", "any", "class_var"})
KEY_TYPES = {"integer": "N", "decimal": "N", "float": "N", "boolean": "N", "binary": "B"}  # the rest: S


def tables(graph: nx.MultiDiGraph, entities: tuple[str, ...]) -> tuple[Table, ...]:
    known = [e for e in entities if e in graph and graph.nodes[e].get("kind") == "entity"]
    names = unique(known, lambda e: [camel(_short(e)), camel(_qualified(e))])
    return tuple(_table(e, graph.nodes[e], names[e]) for e in sorted(known, key=lambda e: names[e]))


def _short(entity: str) -> str:
    return entity.removeprefix("table:").rpartition(".")[2]


def _qualified(entity: str) -> str:
    return entity.removeprefix("table:").replace(".", "_")


def _table(entity: str, node: dict, name: str) -> Table:
    fields = [f for f in node.get("fields") or [] if isinstance(f, dict) and isinstance(f.get("name"), str)]
    attributes = tuple(Attribute(f["name"], str(f.get("type") or "unknown"), bool(f.get("nullable")),
                                 KEY_TYPES.get(str(f.get("type")), "S")) for f in fields)
    primary = [f["name"] for f in fields if f.get("primary_key")]
    assumed = not primary
    if assumed:
        attributes = (Attribute("id", "string", False, "S"),) + tuple(a for a in attributes if a.name != "id")
        primary = ["id"]
    hash_key, range_key = primary[0], (primary[1] if len(primary) > 1 else "")
    if len(primary) > 2:  # DynamoDB keys have two parts at most: the rest stay plain attributes
        range_key = primary[1]
    indexes = tuple(
        Index(f"By{camel(f['name'])}", f["name"], hash_key if f["name"] != hash_key else "",
              f"query_by_{snake(f['name'])}", str(f["foreign_key"]))
        for f in fields
        if f.get("foreign_key") and f["name"] != hash_key
    )
    indexes = tuple(i if i.range != i.attribute else Index(i.name, i.attribute, "", i.method, i.references)
                    for i in indexes)
    return Table(
        entity=entity,
        logical=f"{name}Table",
        env=env_name(name, "table"),
        repository=f"{name}Repository",
        accessor=snake(name) + ("_table" if snake(name) in _TAKEN else ""),
        table=str(node.get("table") or ""),
        source=f"{node.get('path', '?')}:{node.get('line', '?')}",
        framework=str(node.get("framework") or ""),
        attributes=attributes,
        hash_key=hash_key,
        range_key=range_key,
        indexes=indexes,
        key_assumed=assumed,
    )
