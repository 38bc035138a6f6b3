"""A generated monolith of 2,000 modules in 40 planted services, analyzed end to end
(benchmarks/synthetic.py, then `analyze`): the file stays small and the page stays
responsive in Chromium."""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from pathlib import Path

import pytest

from migrate_kit.api import AnalyzeRequest, analyze

MAX_BYTES = 5_000_000
SYNTHETIC = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    base = tmp_path_factory.mktemp("large")
    synthetic = _synthetic()
    synthetic.generate(synthetic.Spec(domains=40, modules_per_domain=50, seed=7), base / "root")
    result = analyze(AnalyzeRequest(root=base / "root", out=base / "out", use_cache=False))
    path = base / "out" / "report.html"
    files = {name: (base / "out" / name).read_text(encoding="utf-8") for name in ("report.html", "report.md")}
    return path, files, result


def test_it_is_large_and_the_file_stays_small(report):
    path, files, result = report
    assert result.modules >= 2000 and len(result.proposal.services) >= 35
    assert path.stat().st_size < MAX_BYTES
    assert files["report.md"].count("-->") + files["report.md"].count("-.->") > 40


def test_services_are_drawn_not_modules(report):
    path, files, result = report
    html = files["report.html"]
    assert len(re.findall(r'<g class="node[ "]', html)) == len(result.proposal.services)


def test_loads_and_stays_responsive(visit, report, artifacts):
    path, _, _ = report
    started = time.perf_counter()
    seen = visit(path)
    load = time.perf_counter() - started
    page = seen.page
    assert seen.errors == [] and seen.outside == []
    assert load < 15
    # Search: the time the page spends answering one keystroke.
    elapsed = page.evaluate("""() => {
        const input = document.getElementById('module-search');
        input.value = 'app.';
        const start = performance.now();
        input.dispatchEvent(new Event('input'));
        return performance.now() - start;
    }""")
    assert elapsed < 250, elapsed
    assert page.locator("#search-results [role=option]").count() == 50  # capped, never thousands
    page.keyboard.press("Escape")
    # Selecting a service and sorting a table of a thousand interfaces.
    elapsed = page.evaluate("""() => {
        const start = performance.now();
        document.querySelector('#map .node').dispatchEvent(new MouseEvent('click', {bubbles: true}));
        document.querySelector("#interfaces-table thead button[data-column='4']").click();
        return performance.now() - start;
    }""")
    assert elapsed < 1500, elapsed
    assert page.locator("#map .node.is-neighbour").count() >= 1
    page.locator("#map").screenshot(path=str(artifacts / "report-large-map.png"))
