"""render_report: one self-contained HTML file and a Markdown summary."""

import base64
import hashlib
import re
from dataclasses import replace

import pytest
from jinja2 import UndefinedError

from migrate_kit.model.boundaries import Interface, Service
from migrate_kit.model.facts import ParseFailure
from migrate_kit.report import render_report
from migrate_kit.report.environment import environment, templates_dir
from tests.unit.report.small import small_graph, small_proposal, small_skipped

EVIL = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def files():
    return render_report(small_graph(), small_proposal(), small_skipped(), "Shop <report>")


def inline(html, tag):
    """The text of the inline <tag> without attributes (our script, our style)."""
    return re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)


def sha256(text):
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_both_files(files):
    assert set(files) == {"report.html", "report.md"}
    assert files["report.html"].startswith("<!doctype html>")


def test_csp_allows_only_the_inline_style_and_script(files):
    html = files["report.html"]
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    rules = dict(rule.strip().split(" ", 1) for rule in csp.split(";"))
    assert rules["default-src"] == "'none'"
    assert rules["script-src"] == f"'{sha256(inline(html, 'script'))}'"
    assert rules["style-src"] == f"'{sha256(inline(html, 'style'))}'"
    assert html.index("Content-Security-Policy") < html.index("<style>")


def test_nothing_is_loaded_from_elsewhere(files):
    html = files["report.html"]
    targets = re.findall(r'\b(?:src|href|action|xlink:href)="([^"]*)"', html)
    assert targets and all(t.startswith(("#", "data:")) for t in targets), targets
    assert "<link rel=\"stylesheet\"" not in html and "@import" not in html
    assert not re.search(r"<script[^>]*\bsrc=", html)


def test_no_inline_event_handlers_or_style_attributes(files):
    """Both would be blocked by the CSP, so the page must not rely on them."""
    html = files["report.html"]
    assert not re.search(r"<[^>]+\son[a-z]+=", html)
    assert not re.search(r"<[^>]+\sstyle=", html)


def test_every_service_node_has_a_card(files):
    html = files["report.html"]
    nodes = re.findall(r'<g class="node[^"]*" data-service="([^"]+)"', html)
    cards = re.findall(r'<details class="card[^"]*" id="card-\d+" data-service="([^"]+)"', html)
    assert nodes == cards == ["a", "b"]


def test_sections_are_there(files):
    html = files["report.html"]
    for section in ("summary", "services", "interfaces", "data", "conflicts", "plan", "skipped"):
        assert f'<section id="{section}"' in html
    assert 'id="module-search"' in html
    assert "<title>Shop &lt;report&gt;</title>" in html


def test_rendering_is_deterministic():
    first = render_report(small_graph(), small_proposal(), small_skipped(), "x")
    assert render_report(small_graph(), small_proposal(), small_skipped(), "x") == first


def hostile_inputs():
    graph = small_graph()
    proposal = small_proposal()
    evil_module = f"shop.b.{EVIL}"
    graph.add_node(evil_module, kind="module", path=f"shop/b/{EVIL}.py", loc=5, doc=EVIL)
    graph.nodes["shop.a.api.create"]["entry"]["path"] = f"/items/{EVIL}"
    graph.nodes["table:audit"]["table"] = EVIL
    services = (
        proposal.services[0],
        replace(proposal.services[1], modules=proposal.services[1].modules + (evil_module,)),
    )
    interfaces = proposal.interfaces + (Interface("a", "b", f"{evil_module}.f", "sync", (f"shop/b/{EVIL}.py:1",)),)
    return graph, replace(proposal, services=services, interfaces=interfaces, kernel_reasons={"shop.util": EVIL})


def test_code_derived_text_is_escaped_everywhere():
    graph, proposal = hostile_inputs()
    files = render_report(graph, proposal, [ParseFailure(f"{EVIL}.py", 1, EVIL)], EVIL)
    html = files["report.html"]
    assert html.count("<script") == 2  # the search index (JSON) and our own script
    assert "<img" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    index = re.search(r'<script type="application/json" id="module-index">(.*?)</script>', html, re.S).group(1)
    assert "<" not in index and "\\u003cscript\\u003e" in index
    md = files["report.md"]
    assert "<script" not in md and "<img" not in md


def test_hostile_service_names_stay_in_their_attributes():
    proposal = small_proposal()
    name = '"><img src=x onerror=alert(1)>'
    renamed = replace(proposal, services=(replace(proposal.services[0], name=name), proposal.services[1]),
                      interfaces=(), conflicts=(), plan=())
    html = render_report(small_graph(), renamed, [], "x")["report.html"]
    assert "<img" not in html
    assert 'data-service="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html


def test_markdown_summary(files):
    md = files["report.md"]
    assert md.startswith("# Shop &lt;report&gt;\n")
    assert "| 2 | 5 | 210 | 2 | 2 | 2 | 1 | 3 |" in md
    assert "```mermaid\ngraph LR\n" in md
    assert '  s_a["a<br/>2 modules, 150 lines"]' in md
    assert '  s_a -->|"3"| s_b' in md
    assert "linkStyle 0,1 stroke:#D55E00" in md
    assert "| a | 2 | 150 | 1 | 1 | 1 | 2 | 90% | 2 |" in md
    assert "1. **b**: no inbound sync calls" in md
    assert "- z.py:3: syntax error" in md


def test_markdown_map_with_async_edges_and_no_cycle():
    proposal = small_proposal()
    only_async = replace(proposal, interfaces=(proposal.interfaces[1],), conflicts=())
    md = render_report(small_graph(), only_async, [], "x")["report.md"]
    assert '  s_a -.->|"2"| s_b' in md and "linkStyle" not in md


def test_environment_is_strict_and_escapes_html_only():
    env = environment()
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"  # strings: as HTML
    assert env.autoescape("report/report.html") and not env.autoescape("report/report.md")
    assert (templates_dir() / "report" / "report.html").is_file()


def test_the_environment_is_built_once():
    assert environment() is environment()


def test_a_service_without_modules_or_data_renders():
    proposal = replace(small_proposal(), services=small_proposal().services + (Service("empty", ()),))
    html = render_report(small_graph(), proposal, [], "x")["report.html"]
    assert 'data-service="empty"' in html
