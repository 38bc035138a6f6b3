"""The hand-checked suites in benchmarks/callgraph_suite and callgraph_suite_b stay above
the issue's bar (precision >= 0.97, recall >= 0.93); benchmarks/callgraph_accuracy.py
prints the figures."""

import json
from pathlib import Path

import pytest

from migrate_kit.discover import discover
from migrate_kit.extract.parallel import extract_all
from migrate_kit.resolve import resolve

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
SUITES = {"callgraph_suite": 40, "callgraph_suite_b": 20}  # suite -> its number of cases


def edges(case: Path) -> set[tuple[str, str]]:
    facts = extract_all(discover(case).files, jobs=1, cache=None).facts
    return {(c.caller, c.callee) for c in resolve(facts).calls}


def expected(case: Path) -> set[tuple[str, str]]:
    data = json.loads((case / "callgraph.json").read_text())
    return {(caller, callee) for caller, callees in data.items() for callee in callees}


def cases(suite: str) -> list[Path]:
    return sorted(p.parent for p in (BENCHMARKS / suite).glob("*/callgraph.json"))


@pytest.mark.parametrize("suite", SUITES)
def test_suite_is_there(suite):
    assert len(cases(suite)) == SUITES[suite]


@pytest.fixture(scope="module", params=SUITES)
def totals(request):
    tp = fp = fn = 0
    for case in cases(request.param):
        got, want = edges(case), expected(case)
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return tp, fp, fn


def test_precision(totals):
    tp, fp, _ = totals
    assert tp / (tp + fp) >= 0.97


def test_recall(totals):
    tp, _, fn = totals
    assert tp / (tp + fn) >= 0.93
