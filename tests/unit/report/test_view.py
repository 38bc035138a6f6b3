"""The view model: the numbers and labels the report shows, on a hand-checked monolith."""

from dataclasses import replace

import networkx as nx
import pytest

from migrate_kit.model.boundaries import Proposal
from migrate_kit.report.build import build_view, metric_rows
from migrate_kit.report.view import KERNEL
from tests.unit.report.small import small_graph, small_proposal, small_skipped


@pytest.fixture(scope="module")
def view():
    return build_view(small_graph(), small_proposal(), small_skipped(), "Shop")


def card(view, name):
    return next(c for c in view.cards if c.name == name)


def test_summary_counts(view):
    assert {s.label: s.value for s in view.stats} == {
        "services": 2, "modules": 5, "lines": 210, "entities": 2, "entry points": 2, "files skipped": 2,
        "shared kernel modules": 1, "interfaces": 3,
    }
    assert (view.title, view.root, view.seed) == ("Shop", "../shop", 0)


def test_metrics_have_a_meaning_and_a_direction(view):
    rows = {m.key: m for m in view.metrics}
    assert [m.key for m in view.metrics] == ["modularity", "icp", "ifn", "cross_service_call_sites", "custom"]
    assert (rows["modularity"].name, rows["modularity"].short, rows["modularity"].value) == ("Modularity", "Q", "0.6789")
    assert rows["modularity"].better == "higher" and rows["icp"].better == "lower"
    assert rows["icp"].meaning == "share of call sites that cross services"
    assert rows["cross_service_call_sites"].value == "4"
    assert (rows["custom"].name, rows["custom"].better) == ("custom", "")


def test_metric_values_are_formatted_compactly():
    rows = metric_rows({"ned": 0.0, "ifn": 4.889, "bcp": 1})
    assert [(m.key, m.value) for m in rows] == [("ifn", "4.889"), ("ned", "0"), ("bcp", "1")]


def test_service_cards(view):
    a, b = card(view, "a"), card(view, "b")
    assert [m.name for m in a.modules] == ["shop.a", "shop.a.api"]
    assert (a.loc, a.confidence, a.plan_step, a.in_cycle) == (150, 0.9, 2, True)
    assert [(e.kind, e.method, e.route, e.function, e.location) for e in a.entry_points] == [
        ("http", "POST", "/items", "shop.a.api.create", "shop/a/api.py:8")]
    assert [(e.name, e.table, e.shared) for e in a.entities] == [("shop.a.Item", "items", True)]
    assert a.packages == ("requests",)  # os is the standard library
    assert [i.target for i in a.outbound] == ["shop.b.jobs.helper", "shop.b.jobs.run"]
    assert [(i.source, i.call_sites) for i in a.inbound] == [("b", ("shop/b/jobs.py:5",))]
    assert b.packages == ("celery",)
    assert [(m.name, m.new) for m in b.modules] == [("shop.b", False), ("shop.b.jobs", True)]
    assert [(e.kind, e.route) for e in b.entry_points] == [("task", "jobs.run")]
    assert [(e.name, e.table, e.shared) for e in b.entities] == [("table:audit", "audit", False)]


def test_kernel_modules_say_why(view):
    assert [(m.name, m.service, m.reason, m.loc) for m in view.kernel] == [
        ("shop.util", KERNEL, "used from 2 of 2 groups of modules", 10)]


def test_module_anchors_are_unique(view):
    anchors = [m.anchor for c in view.cards for m in c.modules] + [m.anchor for m in view.kernel]
    assert len(set(anchors)) == len(anchors)


def test_map_aggregates_interfaces_per_direction(view):
    smap = view.service_map
    assert [n.name for n in smap.nodes] == ["a", "b"]
    nodes = {n.name: n for n in smap.nodes}
    assert nodes["a"].r > nodes["b"].r  # 150 lines against 50
    edges = {(e.source, e.target): e for e in smap.edges}
    ab, ba = edges[("a", "b")], edges[("b", "a")]
    assert (ab.sites, ab.interfaces, ab.style, ab.in_cycle, ab.cut) == (3, 2, "sync", True, False)
    assert (ba.sites, ba.interfaces, ba.style, ba.cut) == (1, 1, "sync", True)
    assert ba.tick and not ab.tick
    assert ab.width > ba.width


def test_an_edge_is_async_only_when_every_interface_on_it_is():
    proposal = small_proposal()
    only_async = replace(proposal, interfaces=tuple(i for i in proposal.interfaces if i.style == "async"))
    edges = build_view(small_graph(), only_async, [], "x").service_map.edges
    assert [(e.source, e.target, e.style) for e in edges] == [("a", "b", "async")]


def test_map_nodes_fit_in_the_view_box(view):
    smap = view.service_map
    for node in smap.nodes:
        assert node.r <= node.x <= smap.width - node.r
        assert node.r <= node.y <= smap.height - node.r


def test_ownership_matrix(view):
    matrix = view.matrix
    assert matrix.columns == ("a", "b", KERNEL)
    rows = {r.entity: r for r in matrix.rows}
    assert [r.entity for r in matrix.rows] == ["shop.a.Item", "table:audit"]  # grouped by owner
    assert (rows["shop.a.Item"].cells, rows["shop.a.Item"].owner, rows["shop.a.Item"].shared) == (("W", "W", "R"), "a", True)
    assert (rows["table:audit"].cells, rows["table:audit"].owner, rows["table:audit"].shared) == (("R", "W", ""), "b", False)
    assert rows["shop.a.Item"].detail[1] == "writes (SQL UPDATE) at shop/b/jobs.py:5"


def test_conflicts(view):
    assert [(s.entity, s.services) for s in view.shared_writes] == [("shop.a.Item", ("a", "b"))]
    [cycle] = view.cycles
    assert cycle.services == ("a", "b")
    assert [(c.source, c.target, c.sites, c.call_sites) for c in cycle.cuts] == [("b", "a", 1, ("shop/b/jobs.py:5",))]


def test_plan_and_skipped_files(view):
    assert [(p.step, p.service) for p in view.plan] == [(1, "b"), (2, "a")]
    assert [(f.path, f.line, f.reason) for f in view.skipped] == [("a-b.py", 1, "not importable"), ("z.py", 3, "syntax error")]


def test_empty_proposal_still_builds():
    empty = Proposal("", 0, (), (), {}, (), (), {}, ())
    view = build_view(nx.MultiDiGraph(), empty, [], "nothing")
    assert view.cards == () and view.service_map.nodes == () and view.matrix.rows == ()
