"""Editing boundaries.yaml and re-running: the person's services stay, new modules
are placed and flagged, unknown keys are kept; broken files are reported at once."""

import shutil

import yaml

from tests.cli_support import SAMPLE, migrate_kit


def analyze(root, out, *extra):
    result = migrate_kit("analyze", root, "-o", out, *extra)
    assert result.returncode == 0, result.stderr
    return yaml.safe_load((out / "boundaries.yaml").read_text())


def test_edited_services_are_kept_new_modules_placed_and_unknown_keys_kept(tmp_path):
    root = tmp_path / "shop"
    shutil.copytree(SAMPLE, root)
    first = analyze(root, tmp_path / "out")
    services = first["services"]
    moved = services[1]["modules"].pop()  # a person moves a module and renames a service
    services[0]["modules"].append(moved)
    services[0]["name"] = "renamed-by-hand"
    services[0]["owner_team"] = "team-a"  # unknown keys at every level are kept
    first["reviewed_by"] = "tech lead"
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(first, sort_keys=False))
    (root / "shop/orders/audit.py").write_text(
        "from shop.orders.service import get_order\n\n\ndef audit(order_id):\n    return get_order(order_id)\n"
    )

    second = analyze(root, tmp_path / "out2", "--boundaries", edited)
    by_name = {s["name"]: s for s in second["services"]}
    assert by_name["renamed-by-hand"]["owner_team"] == "team-a"
    assert moved in by_name["renamed-by-hand"]["modules"]
    assert second["reviewed_by"] == "tech lead"
    flagged = [(s["name"], m) for s in second["services"] for m in s.get("new_modules", [])]
    assert [m for _, m in flagged] == ["shop.orders.audit"]
    service, _ = flagged[0]
    assert "shop.orders.audit" in by_name[service]["modules"]
    assert {s["name"] for s in second["services"]} == {s["name"] for s in first["services"]}
    assert set(second["metrics"]) == set(first["metrics"])


def test_removed_modules_are_listed(tmp_path):
    root = tmp_path / "shop"
    shutil.copytree(SAMPLE, root)
    analyze(root, tmp_path / "out")
    (root / "shop/utils/text.py").unlink()
    second = analyze(root, tmp_path / "out2", "--boundaries", tmp_path / "out" / "boundaries.yaml")
    assert second["removed_modules"] == ["shop.utils.text"]


def test_broken_file_reports_every_problem_with_its_place(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        yaml.safe_dump(
            {
                "services": [
                    {"name": "Orders!", "modules": ["shop.orders.service"]},
                    {"name": "payments", "modules": ["shop.orders.service", 42]},
                    {"name": "payments", "modules": "shop.payments"},
                    "not a service",
                ],
                "shared_kernel": {"modules": ["shop.payments.service", "shop.orders.service"]},
                "seed": "zero",
            }
        )
    )
    result = migrate_kit("analyze", SAMPLE, "-o", tmp_path / "out", "--boundaries", broken)
    assert result.returncode == 2
    for expected in (
        "services[0].name: 'Orders!' must be lowercase letters, digits and dashes",
        "services[1].modules[0]: 'shop.orders.service' is also in service 'Orders!'",
        "services[1].modules[1]: 42 is not a module name",
        "services[2].name: 'payments' is already the name of services[1]",
        "services[2].modules: must be a list of module names",
        "services[3]: must be a mapping with `name` and `modules`",
        "shared_kernel.modules[1]: 'shop.orders.service' is also in service 'Orders!'",
        "seed: 'zero' is not an integer",
    ):
        assert expected in result.stderr, expected
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "boundaries.yaml").exists()


def test_yaml_syntax_error_names_the_line(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("services:\n  - name: orders\n    modules: [a, b\n")
    result = migrate_kit("analyze", SAMPLE, "-o", tmp_path / "out", "--boundaries", broken)
    assert result.returncode == 2
    assert "not valid YAML" in result.stderr and "line" in result.stderr


def test_clustering_from_graph_json_alone_gives_the_same_services(tmp_path):
    first = analyze(SAMPLE, tmp_path / "out")
    result = migrate_kit("analyze", "--graph", tmp_path / "out" / "graph.json", "-o", tmp_path / "again")
    assert result.returncode == 0, result.stderr
    again = yaml.safe_load((tmp_path / "again" / "boundaries.yaml").read_text())
    assert again["services"] == first["services"]
    assert again["shared_kernel"] == first["shared_kernel"]
    assert not (tmp_path / "again" / "callgraph.json").exists()


def test_services_option(tmp_path):
    proposal = analyze(SAMPLE, tmp_path / "out", "--services", "4")
    assert len(proposal["services"]) == 4
    bad = migrate_kit("analyze", SAMPLE, "-o", tmp_path / "bad", "--services", "many")
    assert bad.returncode == 2 and "--services" in bad.stderr
