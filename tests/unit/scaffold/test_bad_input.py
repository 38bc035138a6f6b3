"""Bad input is a BadInput with one clear line, and nothing is written."""

import shutil

import pytest

from migrate_kit.errors import BadInput, ExitCode, InvalidFile
from migrate_kit.scaffold import check_service_name, scaffold
from tests.unit.scaffold.mini import BOUNDARIES, mini_monolith


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mini")
    mini_monolith(folder)
    return folder


def copy(mini, tmp_path, boundaries: str = BOUNDARIES, graph: bool = True):
    shutil.copytree(mini / "src", tmp_path / "src")
    (tmp_path / "out").mkdir()
    if graph:
        shutil.copy(mini / "out" / "graph.json", tmp_path / "out" / "graph.json")
    path = tmp_path / "out" / "boundaries.yaml"
    path.write_text(boundaries)
    return path


def test_a_missing_graph_says_to_run_analyze(mini, tmp_path):
    with pytest.raises(BadInput, match="run `migrate-kit analyze` first") as raised:
        scaffold(copy(mini, tmp_path, graph=False), tmp_path / "services")
    assert raised.value.exit_code == ExitCode.BAD_INPUT
    assert not (tmp_path / "services").exists()


def test_an_explicit_graph_is_used(mini, tmp_path):
    boundaries = copy(mini, tmp_path, graph=False)
    result = scaffold(boundaries, tmp_path / "services", graph=mini / "out" / "graph.json")
    assert result.services == ("orders", "billing")


def test_invalid_boundaries_name_every_problem(mini, tmp_path):
    text = BOUNDARIES.replace("name: billing", "name: ../billing").replace("[shop, shop.db]", "[shop, shop.orders]")
    with pytest.raises(InvalidFile) as raised:
        scaffold(copy(mini, tmp_path, text), tmp_path / "services")
    assert any("services[1].name" in p for p in raised.value.problems)
    assert any("shop.orders" in p for p in raised.value.problems)


def test_an_unreadable_boundaries_file(tmp_path):
    with pytest.raises(BadInput, match="cannot read"):
        scaffold(tmp_path / "nope.yaml", tmp_path / "services")


def test_a_missing_root(mini, tmp_path):
    with pytest.raises(BadInput, match="is not a folder"):
        scaffold(copy(mini, tmp_path, BOUNDARIES.replace("root: ../src", "root: ../gone")), tmp_path / "services")


def test_an_out_that_is_a_file(mini, tmp_path):
    (tmp_path / "services").write_text("")
    with pytest.raises(BadInput, match="is a file"):
        scaffold(copy(mini, tmp_path), tmp_path / "services")


@pytest.mark.parametrize("name", ["../x", "/abs", "a/b", "..", ".", "Caps", "x_y", ""])
def test_service_names_that_would_escape_are_refused(name):
    with pytest.raises(BadInput, match="cannot be a folder name"):
        check_service_name(name)


def test_graph_paths_outside_root_are_refused(mini, tmp_path):
    boundaries = copy(mini, tmp_path)
    graph = boundaries.parent / "graph.json"
    graph.write_text(graph.read_text().replace('"path":"shop/billing/tax.py"', '"path":"../../etc/tax.py"'))
    with pytest.raises(BadInput, match="not a .py file inside ROOT"):
        scaffold(boundaries, tmp_path / "services")
