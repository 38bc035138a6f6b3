"""Rich output: progress bars and summaries. The only module that prints."""

from __future__ import annotations

import json
import sys
from collections import Counter

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from migrate_kit.api import AnalyzeResult, CheckResult, ScaffoldResult
from migrate_kit.cluster.metrics import METRIC_MEANINGS

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


class ProgressBar:
    """Stages of a run as rich progress bars on stderr (quiet when not a terminal)."""

    def __init__(self) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        self._task = None

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def stage(self, description: str, total: int | None = None) -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=self._progress.tasks[-1].total or 0)
        self._task = self._progress.add_task(description, total=total)

    def advance(self, amount: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, amount)


def error(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True, emoji=False)




def analyze_summary(result: AnalyzeResult, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(_summary_data(result), indent=1, sort_keys=True) + "\n")
        return
    title = f"migrate-kit analyze {result.root}" if result.root else "migrate-kit analyze --graph"
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    code = result.code
    if code is not None:
        table.add_row("files analyzed", f"{code.files} ({code.parsed} parsed, {code.files - code.parsed} from cache)")
    table.add_row("modules / classes / functions", f"{result.modules} / {result.classes} / {result.functions}")
    if code is not None:
        data = code.data
        reads = sum(1 for a in data.accesses if a.kind == "read")
        table.add_row("call sites resolved", str(code.call_sites))
        table.add_row("data entities / relations", f"{len(data.entities)} / {len(data.relations)}")
        table.add_row("data accesses (read / write)", f"{reads} / {len(data.accesses) - reads}")
        kinds = Counter(e.kind for e in data.entries)
        table.add_row("entry points", ", ".join(f"{kinds[k]} {k}" for k in ("http", "task", "cli")))
    table.add_row("files skipped", str(len(result.skipped)))
    out.print(table)
    if code is not None and code.shared_entities:
        shared = Table(title="Entities used from more than one top-level package", title_justify="left")
        shared.add_column("entity")
        shared.add_column("packages")
        for entity, packages in code.shared_entities.items():
            shared.add_row(entity, ", ".join(packages), style=None)
        out.print(shared)
    _services_table(result)
    _metrics_table(result)
    if result.skipped:
        out.print(f"[yellow]Skipped {len(result.skipped)} file(s) that could not be analyzed:[/]")
        for failure in result.skipped:
            out.print(f"  {failure}", markup=False, soft_wrap=True)
    proposal = result.proposal
    if proposal.removed_modules:
        out.print(f"[yellow]{len(proposal.removed_modules)} module(s) of the boundaries file no longer exist:[/] "
                  + ", ".join(proposal.removed_modules), soft_wrap=True)
    new = [(s.name, m) for s in proposal.services for m in s.new_modules]
    if new:
        out.print(f"[yellow]{len(new)} new module(s) placed automatically:[/] "
                  + ", ".join(f"{m} -> {s}" for s, m in new), soft_wrap=True)
    out.print("Wrote " + ", ".join(str(p) for p in result.written), markup=False, soft_wrap=True)


def _services_table(result: AnalyzeResult) -> None:
    proposal = result.proposal
    table = Table(
        title=f"{len(proposal.services)} proposed services, {len(proposal.shared_kernel)} shared-kernel modules",
        title_justify="left",
    )
    for column, justify in (("service", "left"), ("modules", "right"), ("lines", "right"), ("entities", "right"),
                            ("inbound", "right"), ("outbound", "right"), ("confidence", "right")):
        table.add_column(column, justify=justify)
    for row in result.services:
        table.add_row(row.name, str(row.modules), str(row.lines), str(row.entities), str(row.inbound),
                      str(row.outbound), f"{row.confidence:.2f}")
    out.print(table)


def _metrics_table(result: AnalyzeResult) -> None:
    table = Table(title="Metrics of the proposal", title_justify="left")
    for column in ("metric", "value", "meaning", "good"):
        table.add_column(column)
    for key, value in result.proposal.metrics.items():
        short, meaning, good = METRIC_MEANINGS.get(key, ("", "", ""))
        table.add_row(f"{key} ({short})" if short else key, f"{value:g}", meaning, good)
    out.print(table)


def _summary_data(result: AnalyzeResult) -> dict:
    code = result.code
    data = {
        "root": str(result.root) if result.root else None,
        "out": str(result.out),
        "modules": result.modules,
        "classes": result.classes,
        "functions": result.functions,
        "skipped": [str(s) for s in result.skipped],
        "written": [str(p) for p in result.written],
        "services": [
            {"name": r.name, "modules": r.modules, "lines": r.lines, "entities": r.entities,
             "inbound": r.inbound, "outbound": r.outbound, "confidence": r.confidence}
            for r in result.services
        ],
        "shared_kernel": list(result.proposal.shared_kernel),
        "metrics": result.proposal.metrics,
    }
    if code is not None:
        data.update({
            "files": code.files,
            "parsed": code.parsed,
            "call_sites": code.call_sites,
            "entities": len(code.data.entities),
            "data_reads": sum(1 for a in code.data.accesses if a.kind == "read"),
            "data_writes": sum(1 for a in code.data.accesses if a.kind == "write"),
            "entry_points": dict(Counter(e.kind for e in code.data.entries)),
            "shared_entities": {k: list(v) for k, v in code.shared_entities.items()},
        })
    return data


def check_summary(result: CheckResult, as_json: bool) -> None:
    if as_json:
        data = {
            "violations": [
                {"site": v.site, "from": v.source, "to": v.target_service, "what": v.what} for v in result.violations
            ],
            "unplaced_modules": list(result.unplaced),
            "skipped": [str(s) for s in result.skipped],
        }
        sys.stdout.write(json.dumps(data, indent=1, sort_keys=True) + "\n")
        return
    for violation in result.violations:
        out.print(str(violation), markup=False, soft_wrap=True)
    if result.unplaced:
        out.print(f"[yellow]{len(result.unplaced)} module(s) are in no service of the boundaries file:[/] "
                  + ", ".join(result.unplaced), soft_wrap=True)
    if result.violations:
        out.print(f"[bold red]{len(result.violations)} boundary violation(s)[/]")
    else:
        out.print("[green]No code crosses a boundary outside a declared interface.[/]")


def scaffold_summary(result: ScaffoldResult, as_json: bool) -> None:
    if as_json:
        data = {
            "out": str(result.out), "services": list(result.services), "written": list(result.written),
            "unchanged": list(result.unchanged), "kept": list(result.skipped), "replaced": list(result.replaced),
            "no_longer_generated": list(result.removed), "operations": result.operations, "ported": result.ported,
            "warnings": list(result.warnings),
        }
        sys.stdout.write(json.dumps(data, indent=1, sort_keys=True) + "\n")
        return
    out.print(f"Scaffolded {len(result.services)} service(s) into {result.out}: " + ", ".join(result.services),
              markup=False, soft_wrap=True)
    out.print(f"  {len(result.written)} file(s) written, {len(result.unchanged)} unchanged, "
              f"{len(result.skipped)} kept because you changed them, {len(result.replaced)} replaced (.orig kept)",
              markup=False)
    out.print(f"  {result.ported} of {result.operations} operation(s) run their original code; "
              "each service's README lists what is left to port", markup=False)
    for warning in result.warnings:
        out.print(f"[yellow]warning:[/] {warning}", soft_wrap=True)
