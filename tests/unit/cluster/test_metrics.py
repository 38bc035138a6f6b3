"""Metric functions on small graphs whose values are computed by hand."""

import networkx as nx
import pytest

from migrate_kit.cluster import metrics


@pytest.fixture
def chain():
    """a-b and c-d inside two services, b-c across: every edge weight 1."""
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=1.0)
    graph.add_edge("c", "d", weight=1.0)
    graph.add_edge("b", "c", weight=1.0)
    return graph


def test_modularity(chain):
    # m = 3; each group: L = 1, degree sum = 3 -> 2 * (1/3 - (3/6)^2) = 1/6
    assert metrics.modularity(chain, [["a", "b"], ["c", "d"]]) == pytest.approx(1 / 6)


def test_modularity_of_one_group_is_zero(chain):
    assert metrics.modularity(chain, [["a", "b", "c", "d"]]) == pytest.approx(0.0)


def test_structural_modularity(chain):
    # cohesion: (1/2^2 + 1/2^2) / 2 = 0.25; coupling: 1 / (2*2*2) over 1 pair = 0.125
    assert metrics.structural_modularity(chain, [["a", "b"], ["c", "d"]]) == pytest.approx(0.125)


def test_structural_modularity_three_groups():
    graph = nx.Graph([("a", "b"), ("b", "c"), ("d", "e"), ("c", "d"), ("f", "a")])
    groups = [["a", "b", "c"], ["d", "e"], ["f"]]
    # cohesion: 2/9, 1/4, 0/1 -> mean 0.157407; coupling: (c-d) 1/(2*3*2), (f-a) 1/(2*3*1), none -> (1/12 + 1/6) / 3
    expected = (2 / 9 + 1 / 4 + 0) / 3 - (1 / 12 + 1 / 6 + 0) / 3
    assert metrics.structural_modularity(graph, groups) == pytest.approx(expected)


def test_inter_call_percentage():
    calls = [("a", "b", 3), ("b", "c", 1), ("c", "d", 2), ("a", "kernel", 5)]
    service_of = {"a": "x", "b": "x", "c": "y", "d": "y"}  # kernel calls do not count
    assert metrics.inter_call_percentage(calls, service_of) == pytest.approx(1 / 6)


def test_interface_number():
    assert metrics.interface_number({"x": {"f"}, "y": {"g", "h"}}, ["x", "y", "z"]) == pytest.approx(1.0)


def test_non_extreme_distribution():
    assert metrics.non_extreme_distribution([1, 5, 40], low=2, high=30) == pytest.approx(41 / 46)
    assert metrics.non_extreme_distribution([5, 6]) == 0.0


def test_business_context_purity():
    assert metrics.business_context_purity({"e1": {"x"}, "e2": {"x", "y"}}) == pytest.approx(0.75)
    assert metrics.business_context_purity({}) == 1.0


def test_entry_reach_follows_calls_transitively():
    calls = {"f": {"g"}, "g": {"h", "f"}, "h": set()}
    reach = metrics.entry_reach(calls, ["f"], {"f": "x", "g": "x", "h": "y"})
    assert reach == {"f": {"x", "y"}}


def test_cross_service_call_sites():
    calls = [("a", "b", 3), ("b", "c", 4)]
    assert metrics.call_sites_between(calls, {"a": "x", "b": "x", "c": "y"}) == 4
