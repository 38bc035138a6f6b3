"""The shared kernel, clustering and names on planted graphs."""

from migrate_kit.cluster.proposal import propose_boundaries
from tests.unit.cluster.planted import call, planted


def services_of(scored):
    return sorted(sorted(s.modules) for s in scored.proposal.services)


def test_planted_utilities_are_the_shared_kernel():
    scored = propose_boundaries(planted(), seed=0)
    assert scored.proposal.shared_kernel == ("app.util0", "app.util1")
    assert all("groups of modules" in scored.proposal.kernel_reasons[m] for m in scored.proposal.shared_kernel)


def test_domains_are_recovered_and_a_popular_module_stays_home():
    scored = propose_boundaries(planted(), seed=0)
    assert services_of(scored) == [[f"app.d{d}.m{i}" for i in range(4)] for d in range(4)]
    assert scored.module_service["app.d0.m0"] != "shared_kernel"


def test_a_composition_root_is_shared_kernel():
    graph = planted()
    for d in range(4):
        call(graph, "app.wiring", f"app.d{d}.m1")
    scored = propose_boundaries(graph, seed=0)
    assert "app.wiring" in scored.proposal.shared_kernel
    assert "wires" in scored.proposal.kernel_reasons["app.wiring"]


def test_services_option_gives_exactly_n():
    for n in (2, 3, 5, 6):
        assert len(propose_boundaries(planted(), seed=0, services=n).proposal.services) == n


def test_names_are_unique_lowercase_and_from_packages():
    names = [s.name for s in propose_boundaries(planted(), seed=0).proposal.services]
    assert names == ["d0", "d1", "d2", "d3"]


def test_confidence_is_high_for_clear_domains():
    scored = propose_boundaries(planted(), seed=0)
    assert all(s.confidence >= 0.9 for s in scored.proposal.services)
    assert all(0.0 <= c <= 1.0 for c in scored.module_confidence.values())


def test_same_input_same_proposal():
    first = propose_boundaries(planted(), seed=3).proposal
    second = propose_boundaries(planted(), seed=3).proposal
    assert first == second
