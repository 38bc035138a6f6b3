"""graph.json: `networkx.node_link_data` of the dependency graph, plus `"schema": 1`.

It is also an input (`analyze --graph`), so loading validates the shape and
names every problem at once.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from migrate_kit.errors import BadInput, InvalidFile

SCHEMA = 1
NODE_KINDS = frozenset({"module", "class", "function", "entity", "external"})
EDGE_KINDS = frozenset({"import", "call", "data_read", "data_write", "inherit", "contains", "relation"})


def dumps(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    data = {"schema": SCHEMA, **data}
    # Compact: the C encoder is ~10x faster than the indenting one on large graphs.
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def load(path: Path) -> nx.MultiDiGraph:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadInput(f"{path} is not JSON: {error}") from None
    problems = validate(data)
    if problems:
        raise InvalidFile(str(path), problems)
    edges = "edges" if "edges" in data else "links"
    data = {**data, "directed": True, "multigraph": True}
    graph = nx.node_link_graph(data, edges=edges)
    return graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)


def validate(data: object) -> list[str]:
    """Every problem of a graph.json document, each naming its place."""
    if not isinstance(data, dict):
        return ["the document must be a JSON object"]
    problems = []
    if data.get("schema", SCHEMA) != SCHEMA:
        problems.append(f"schema: {data.get('schema')!r} is not supported (expected {SCHEMA})")
    nodes = data.get("nodes")
    edges = data.get("edges", data.get("links"))
    if not isinstance(nodes, list):
        return problems + ["nodes: must be a list"]
    if not isinstance(edges, list):
        return problems + ["edges: must be a list"]
    ids = set()
    for i, node in enumerate(nodes):
        if not isinstance(node, dict) or "id" not in node:
            problems.append(f"nodes[{i}]: must be an object with an 'id'")
            continue
        ids.add(node["id"])
        if node.get("kind") not in NODE_KINDS:
            problems.append(f"nodes[{i}].kind: {node.get('kind')!r} is not one of {sorted(NODE_KINDS)}")
    for i, edge in enumerate(edges):
        if not isinstance(edge, dict):
            problems.append(f"edges[{i}]: must be an object")
            continue
        for end in ("source", "target"):
            if edge.get(end) not in ids:
                problems.append(f"edges[{i}].{end}: {edge.get(end)!r} is not a node id")
        if edge.get("kind") not in EDGE_KINDS:
            problems.append(f"edges[{i}].kind: {edge.get('kind')!r} is not one of {sorted(EDGE_KINDS)}")
        count = edge.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            problems.append(f"edges[{i}].count: must be a non-negative integer")
    return problems
