"""A monolith whose names, strings, SQL, route paths, docstrings and file names carry
HTML and JavaScript: none of it may run in the report."""

from __future__ import annotations

from dataclasses import replace

import pytest

from migrate_kit.report import render_report
from tests.unit.report.hostile import TITLE, analyze_hostile

# Service names as hostile as a hand-edited boundaries file or a foreign graph.json could make them.
RENAME = {"proto": "__proto__", "to-string": "\"><img src=x onerror=\"window.__pwned='service'\">"}


def renamed(proposal):
    def name(service: str) -> str:
        return RENAME.get(service, service)

    return replace(
        proposal,
        services=tuple(replace(s, name=name(s.name)) for s in proposal.services),
        interfaces=tuple(replace(i, source=name(i.source), target_service=name(i.target_service))
                         for i in proposal.interfaces),
        conflicts=tuple(replace(c, services=tuple(map(name, c.services)),
                                break_edges=tuple((name(a), name(b), n) for a, b, n in c.break_edges))
                        for c in proposal.conflicts),
        plan=tuple(replace(p, service=name(p.service)) for p in proposal.plan),
    )


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    graph, proposal, skipped = analyze_hostile(base / "src", base / "out")
    assert len(proposal.services) == 2 and proposal.interfaces and len(skipped) == 3  # the tree says what we expect
    path = base / "report.html"
    path.write_text(render_report(graph, renamed(proposal), skipped, TITLE)["report.html"], encoding="utf-8")
    return path


def assert_nothing_ran(seen):
    page = seen.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() == TITLE  # the title is text, whatever it says
    assert seen.dialogs == []
    assert seen.errors == []
    assert seen.outside == []
    assert page.locator("img, iframe, object, embed, b[onmouseover]").count() == 0
    assert page.locator("body svg[onload]").count() == 0
    assert page.locator("script").count() == 2


def test_nothing_runs_on_load(visit, report_file):
    seen = visit(report_file)
    assert_nothing_ran(seen)
    text = seen.page.evaluate("document.body.textContent")
    assert "<script>window.__pwned='route'</script>" in text  # shown as text
    assert "<img src=x onerror=window.__pwned='file'>.py" in text


def test_nothing_runs_when_using_the_page(visit, report_file):
    seen = visit(report_file)
    page = seen.page
    for node in page.locator("#map .node").all():
        node.click()
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    page.locator("#module-search").fill("proto")
    page.locator("#search-results [role=option]").first.click()
    page.select_option("#filter-service", index=1)
    page.click("#interfaces-table thead button[data-column='2']")
    for element in page.locator("[title]").all()[:50]:
        element.hover(trial=True)
    assert_nothing_ran(seen)
    assert page.locator("#map .node.is-selected").count() == 1


def test_hostile_service_names_still_select_their_neighbours(visit, report_file):
    page = visit(report_file).page
    page.click('#map .node[data-service="__proto__"]')
    neighbours = page.eval_on_selector_all("#map .node.is-neighbour", "ns => ns.map(n => n.dataset.service)")
    assert neighbours == [RENAME["to-string"]]
    assert page.locator(".card[data-service='__proto__']").evaluate("c => c.open") is True
