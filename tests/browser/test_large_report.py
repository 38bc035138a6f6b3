"""A generated monolith of 2,000 modules in 40 services: the file stays small and the
page stays responsive in Chromium."""

from __future__ import annotations

import re
import time

import pytest

from migrate_kit.report import render_report
from tests.unit.report.synthetic import large_case

MAX_BYTES = 5_000_000


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    graph, proposal = large_case(modules=2000, services=40)
    started = time.perf_counter()
    files = render_report(graph, proposal, [], "large generated monolith")
    seconds = time.perf_counter() - started
    path = tmp_path_factory.mktemp("large") / "report.html"
    path.write_text(files["report.html"], encoding="utf-8")
    return path, files, seconds


def test_file_size_and_render_time(report):
    path, files, seconds = report
    assert path.stat().st_size < MAX_BYTES
    assert seconds < 10
    assert files["report.md"].count("-->") + files["report.md"].count("-.->") > 40


def test_services_are_drawn_not_modules(report):
    path, files, _ = report
    html = files["report.html"]
    assert len(re.findall(r'<g class="node[ "]', html)) == 40


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
        input.value = 'mod1';
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
