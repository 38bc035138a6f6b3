"""The proposal for the sample monolith matches the domains its README documents
(adjusted Rand index >= 0.9), and the shared kernel holds its utilities."""

import re
import sys
from pathlib import Path

import pytest
import yaml

from tests.cli_support import REPO, SAMPLE, migrate_kit

sys.path.insert(0, str(REPO / "benchmarks"))
from scoring import ari, mojofm  # noqa: E402


def documented_domains() -> dict[str, str]:
    truth = {}
    for line in (SAMPLE / "README.md").read_text().splitlines():
        match = re.match(r"^\| (shop[\w.]*) \| (\w+) \|", line)
        if match:
            truth[match.group(1)] = match.group(2)
    return truth


@pytest.fixture(scope="module")
def proposal(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-boundaries")
    result = migrate_kit("analyze", SAMPLE, "-o", out)
    assert result.returncode == 0, result.stderr
    return yaml.safe_load((out / "boundaries.yaml").read_text())


def partition(proposal) -> dict[str, str]:
    found = {m: s["name"] for s in proposal["services"] for m in s["modules"]}
    found.update({m: "shared" for m in proposal["shared_kernel"]["modules"]})
    return found


def test_every_module_is_in_exactly_one_service_or_the_kernel(proposal):
    listed = [m for s in proposal["services"] for m in s["modules"]] + proposal["shared_kernel"]["modules"]
    assert sorted(listed) == sorted(set(listed)) == sorted(documented_domains())


def test_services_match_the_documented_domains(proposal):
    truth = documented_domains()
    assert ari(partition(proposal), truth) >= 0.9
    assert mojofm(partition(proposal), truth) >= 90


def test_the_shared_kernel_holds_the_utilities(proposal):
    kernel = set(proposal["shared_kernel"]["modules"])
    for utility in ("shop.core.db", "shop.core.logging", "shop.core.config", "shop.core.money", "shop.helpers",
                    "shop.utils.validation"):
        assert utility in kernel
    assert not any(m.endswith((".service", ".models")) and m.startswith("shop.orders") for m in kernel)


def test_names_follow_the_packages(proposal):
    names = {s["name"] for s in proposal["services"]}
    assert {"orders", "payments", "inventory", "catalog"} <= names
    assert all(re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", n) for n in names)


def test_deliberate_couplings_are_reported(proposal):
    conflicts = proposal["conflicts"]
    shared = {c["entity"]: set(c["services"]) for c in conflicts if c["kind"] == "shared_write"}
    assert {"orders", "payments"} <= shared["shop.orders.models.Order"]
    assert {"inventory", "orders"} <= shared["shop.inventory.models.StockReservation"]
    cycles = [set(c["services"]) for c in conflicts if c["kind"] == "cycle"]
    assert any({"orders", "payments"} <= cycle for cycle in cycles)


def test_fire_and_forget_calls_are_async_interfaces(proposal):
    styles = {(i["from"], i["target"]): i["style"] for i in proposal["interfaces"]}
    assert styles[("orders", "shop.notifications.service.send_order_confirmation")] == "async"
    assert "sync" in styles.values()


def test_plan_orders_every_service_once(proposal):
    plan = proposal["plan"]
    assert [p["step"] for p in plan] == list(range(1, len(proposal["services"]) + 1))
    assert sorted(p["service"] for p in plan) == sorted(s["name"] for s in proposal["services"])
    assert all(p["why"] for p in plan)
