"""The sample monolith's report in a real browser: loads cleanly and offline, the map,
the search and the interfaces table work."""

from __future__ import annotations

import pytest

from tests.unit.report.sample import sample_report


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-report")
    files = sample_report(out / "analysis")
    path = out / "report.html"
    path.write_text(files["report.html"], encoding="utf-8")
    return path


def neighbours_of(page, name):
    """The services the map links to `name`, read from its edges."""
    return set(page.evaluate(
        """name => [...document.querySelectorAll('#map .edge')]
              .filter(e => e.dataset.from === name || e.dataset.to === name)
              .map(e => e.dataset.from === name ? e.dataset.to : e.dataset.from)""",
        name,
    ))


def test_loads_offline_without_errors(visit, report_file, artifacts):
    seen = visit(report_file)
    page = seen.page
    assert seen.errors == []
    assert seen.outside == []
    assert all(url.startswith(("file:", "data:")) for url in seen.requests), seen.requests
    assert page.title() == "sample_monolith"
    assert page.locator("#map .node").count() >= 2
    page.screenshot(path=str(artifacts / "report-sample.png"), full_page=True)
    page.screenshot(path=str(artifacts / "report-sample-top.png"))


def test_clicking_a_service_highlights_its_neighbours_and_opens_its_card(visit, report_file, artifacts):
    page = visit(report_file).page
    names = page.eval_on_selector_all("#map .node", "ns => ns.map(n => n.dataset.service)")
    name = max(names, key=lambda n: (len(neighbours_of(page, n)), n))  # the busiest service
    expected = neighbours_of(page, name)
    assert expected
    node = page.locator(f'#map .node[data-service="{name}"]')
    node.click()
    highlighted = set(page.eval_on_selector_all("#map .node.is-neighbour", "ns => ns.map(n => n.dataset.service)"))
    assert highlighted == expected
    assert "is-selected" in node.get_attribute("class")
    assert node.get_attribute("aria-pressed") == "true"
    card = page.locator(f'.card[data-service="{name}"]')
    assert card.evaluate("c => c.open") is True
    assert card.is_visible()
    page.screenshot(path=str(artifacts / "report-sample-selected.png"))
    page.keyboard.press("Escape")
    assert page.locator("#map .is-selected, #map .is-neighbour").count() == 0


def test_keyboard_selects_a_service(visit, report_file):
    page = visit(report_file).page
    node = page.locator("#map .node").first
    node.focus()
    page.keyboard.press("Enter")
    assert "is-selected" in node.get_attribute("class")


def test_search_finds_a_module(visit, report_file):
    page = visit(report_file).page
    search = page.locator("#module-search")
    search.fill("orders.serv")
    options = page.locator("#search-results [role=option]")
    options.first.wait_for()
    assert "shop.orders.service" in options.all_inner_texts()[0]
    search.press("Enter")
    found = page.locator(".modules li.is-found")
    assert found.count() == 1
    assert found.locator("code").inner_text() == "shop.orders.service"
    assert found.is_visible()
    assert found.evaluate("li => li.closest('details').open") is True


def test_search_reaches_shared_kernel_modules(visit, report_file):
    page = visit(report_file).page
    page.locator("#module-search").fill("shop.core.db")
    page.locator("#search-results [role=option]").first.click()
    found = page.locator(".modules li.is-found")
    assert found.evaluate("li => li.closest('details').id") == "card-kernel"


def test_interfaces_filter_and_sort(visit, report_file):
    page = visit(report_file).page
    rows = page.locator("#interfaces-table tbody tr")
    total = rows.count()
    page.select_option("#filter-style", "async")
    visible = page.locator("#interfaces-table tbody tr:not([hidden])")
    assert 0 < visible.count() < total
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.style)")) == {"async"}
    page.select_option("#filter-style", "")
    service = page.locator("#filter-service option").nth(1).get_attribute("value")
    page.select_option("#filter-service", service)
    ends = visible.evaluate_all("rs => rs.map(r => [r.dataset.from, r.dataset.to])")
    assert ends and all(service in pair for pair in ends)
    page.select_option("#filter-service", "")
    page.click("#interfaces-table thead button[data-column='4']")
    page.click("#interfaces-table thead button[data-column='4']")
    assert page.get_attribute("#interfaces-table thead th:nth-child(5)", "aria-sort") == "descending"
    counts = [int(t) for t in page.locator("#interfaces-table tbody tr td:nth-child(5)").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
