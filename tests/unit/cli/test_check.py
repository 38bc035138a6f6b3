"""`migrate-kit check`: CI fails when code crosses a boundary outside a declared interface."""

import json
import shutil

import pytest
import yaml

from tests.cli_support import SAMPLE, migrate_kit


@pytest.fixture
def agreed(tmp_path):
    root = tmp_path / "shop"
    shutil.copytree(SAMPLE, root)
    result = migrate_kit("analyze", root, "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    return root, tmp_path / "out" / "boundaries.yaml"


def test_the_proposal_itself_passes(agreed):
    root, boundaries = agreed
    result = migrate_kit("check", root, "--boundaries", boundaries)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No code crosses a boundary" in result.stdout


def test_a_new_undeclared_call_fails(agreed):
    root, boundaries = agreed
    with (root / "shop/shipping/service.py").open("a") as handle:
        handle.write("\n\nfrom shop.payments.service import refund\n\n\ndef sneaky(order_id):\n    return refund(order_id)\n")
    result = migrate_kit("check", root, "--boundaries", boundaries, "--format", "json")
    assert result.returncode == 1
    found = json.loads(result.stdout)["violations"]
    assert found == [{
        "from": "shipping", "to": "payments", "site": found[0]["site"],
        "what": "calls shop.payments.service.refund, which is not a declared interface",
    }]
    assert found[0]["site"].startswith("shop/shipping/service.py:")


def test_a_write_to_another_services_entity_fails_unless_listed_as_a_conflict(agreed):
    root, boundaries = agreed
    with (root / "shop/cart/service.py").open("a") as handle:
        handle.write(
            "\n\nfrom shop.core.db import get_session\nfrom shop.promotions.models import Coupon\n\n\n"
            "def burn(coupon):\n    get_session().delete(coupon if isinstance(coupon, Coupon) else Coupon())\n"
        )
    result = migrate_kit("check", root, "--boundaries", boundaries)
    assert result.returncode == 1
    assert "cart -> promotions: writes shop.promotions.models.Coupon, which service 'promotions' owns" in result.stdout
    data = yaml.safe_load(boundaries.read_text())
    data["conflicts"].append({"kind": "shared_write", "entity": "shop.promotions.models.Coupon",
                              "services": ["cart", "promotions"]})
    boundaries.write_text(yaml.safe_dump(data, sort_keys=False))
    assert migrate_kit("check", root, "--boundaries", boundaries).returncode == 0


def test_bad_boundaries_file_is_exit_code_2(tmp_path):
    broken = tmp_path / "b.yaml"
    broken.write_text("services: 3\ninterfaces: [{from: a}]\n")
    result = migrate_kit("check", SAMPLE, "--boundaries", broken)
    assert result.returncode == 2
    assert "services: must be a list" in result.stderr
    assert "interfaces[0].to: None must be a name" in result.stderr
