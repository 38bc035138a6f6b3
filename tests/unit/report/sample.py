"""The bundled sample monolith, analyzed for real and rendered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.formats import graph_json
from migrate_kit.report import render_report
from tests.cli_support import SAMPLE

TITLE = "sample_monolith"


def sample_report(out: Path) -> dict[str, str]:
    result = analyze(AnalyzeRequest(root=SAMPLE, out=out, use_cache=False, jobs=1))
    graph = graph_json.load(out / "graph.json")
    # ROOT is written relative to OUT, a temporary folder: pin it so the report is reproducible.
    proposal = replace(result.proposal, root="../sample_monolith")
    return render_report(graph, proposal, list(result.skipped), TITLE)
