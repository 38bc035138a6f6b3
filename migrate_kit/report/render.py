"""render_report: the analysis results to `{"report.html": text, "report.md": text}`.
Rendering only; writing the files is `migrate_kit.output`'s job."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

import networkx as nx
from markupsafe import Markup

from migrate_kit.model.boundaries import Proposal
from migrate_kit.model.facts import ParseFailure
from migrate_kit.report.build import build_view
from migrate_kit.report.environment import environment
from migrate_kit.report.markdown import mermaid_ids
from migrate_kit.report.view import ReportView


def render_report(
    graph: nx.MultiDiGraph, proposal: Proposal, skipped: Iterable[ParseFailure], title: str
) -> dict[str, str]:
    view = build_view(graph, proposal, skipped, title)
    return {"report.html": render_html(view), "report.md": render_markdown(view)}


def render_html(view: ReportView) -> str:
    env = environment()
    css = env.get_template("report/report.css").render()
    js = env.get_template("report/report.js").render()
    return env.get_template("report/report.html").render(
        view=view,
        css=Markup(css),  # our own static files: nothing from the analyzed code
        js=Markup(js),
        csp=Markup(content_security_policy(css, js)),  # hashes and keywords only
        modules=search_index(view),
    )


def render_markdown(view: ReportView) -> str:
    return environment().get_template("report/report.md").render(view=view, ids=mermaid_ids(view.services))


def content_security_policy(css: str, js: str) -> str:
    """Nothing loads from anywhere; only this page's own style and script run,
    allowed by their hashes (no nonce, so the output stays deterministic)."""
    return "; ".join([
        "default-src 'none'",
        f"style-src '{_sha256(css)}'",
        f"script-src '{_sha256(js)}'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def search_index(view: ReportView) -> list[list[str]]:
    """[module, service, element id, card id, path] for the module search."""
    rows = [
        [m.name, card.name, m.anchor, f"card-{card.index}", m.path] for card in view.cards for m in card.modules
    ]
    rows += [[m.name, m.service, m.anchor, "card-kernel", m.path] for m in view.kernel]
    return sorted(rows)


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
