"""`migrate-kit analyze` on the bundled sample monolith, end to end through the CLI."""

import json

import networkx as nx
import pytest

from tests.cli_support import SAMPLE, migrate_kit


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-out")
    result = migrate_kit("analyze", SAMPLE, "-o", out, "--no-cache", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return out


def test_every_module_is_a_callgraph_key(sample_out):
    callgraph = json.loads((sample_out / "callgraph.json").read_text())
    modules = {
        ".".join(p.relative_to(SAMPLE).with_suffix("").parts).removesuffix(".__init__")
        for p in SAMPLE.rglob("*.py")
    }
    assert modules <= set(callgraph)
    assert callgraph == dict(sorted(callgraph.items()))
    assert all(callees == sorted(callees) for callees in callgraph.values())


def test_cross_domain_calls_are_found(sample_out):
    callgraph = json.loads((sample_out / "callgraph.json").read_text())
    assert "shop.payments.service.charge" in callgraph["shop.orders.service.OrderService.place_order"]
    assert "shop.orders.service.mark_paid" in callgraph["shop.payments.service.charge"]


def test_graph_json_is_node_link_data_with_schema(sample_out):
    data = json.loads((sample_out / "graph.json").read_text())
    assert data["schema"] == 1
    graph = nx.node_link_graph(data, edges="edges")
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert {"module", "class", "function", "external"} <= kinds
    edge_kinds = {d["kind"] for _, _, d in graph.edges(data=True)}
    assert {"import", "call", "inherit", "contains"} <= edge_kinds
    for _, attributes in graph.nodes(data=True):
        if attributes["kind"] != "external":
            assert attributes["path"].endswith(".py") and attributes["line"] >= 1
    for _, _, attributes in graph.edges(data=True):
        assert attributes["count"] >= 1


def test_call_edges_keep_their_sites(sample_out):
    graph = nx.node_link_graph(json.loads((sample_out / "graph.json").read_text()), edges="edges")
    data = graph.get_edge_data("shop.orders.service.OrderService.place_order", "shop.payments.service.charge")["call"]
    assert data["count"] == len(data["sites"])
    assert all(site.startswith("shop/orders/service.py:") for site in data["sites"])


def test_output_is_byte_identical_across_runs_and_hash_seeds(sample_out):
    again = sample_out.parent / "again"  # a sibling: graph.json names ROOT relative to OUT
    result = migrate_kit("analyze", SAMPLE, "-o", again, "--jobs", "1", env={"PYTHONHASHSEED": "12345"})
    assert result.returncode == 0, result.stderr
    for name in ("callgraph.json", "graph.json", "boundaries.yaml"):
        assert (again / name).read_bytes() == (sample_out / name).read_bytes(), name
