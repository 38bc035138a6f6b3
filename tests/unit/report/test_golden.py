"""The sample monolith's report, byte for byte. After an intended change, refresh with
`pytest tests/unit/report/test_golden.py --update-golden` and review the diff."""

from pathlib import Path

import pytest

from tests.unit.report.sample import sample_report

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "report"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    return sample_report(tmp_path_factory.mktemp("sample-out"))


@pytest.mark.parametrize("name", ["report.html", "report.md"])
def test_sample_report_matches_golden(rendered, name, update_golden):
    golden = GOLDEN / f"sample_{name}"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered[name], encoding="utf-8")
    assert golden.exists(), f"{golden} is missing: run pytest with --update-golden"
    expected = golden.read_text(encoding="utf-8")
    if rendered[name] != expected:
        at = first_difference(rendered[name], expected)
        pytest.fail(f"{name} differs from {golden} at character {at}: {rendered[name][max(0, at - 80):at + 80]!r}; "
                    "if the change is intended, run pytest --update-golden and review the diff")


def first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def test_sample_report_is_small(rendered):
    assert len(rendered["report.html"].encode()) < 1_000_000
