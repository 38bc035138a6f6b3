"""Rich output: progress bars and summaries. The only module that prints."""

from __future__ import annotations

import json
import sys
from collections import Counter

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from migrate_kit.api import AnalyzeResult

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
    table = Table(title=f"migrate-kit analyze {result.root}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    cached = result.files - result.parsed
    table.add_row("files analyzed", f"{result.files} ({result.parsed} parsed, {cached} from cache)")
    table.add_row("modules / classes / functions", f"{result.modules} / {result.classes} / {result.functions}")
    table.add_row("call sites resolved", str(result.call_sites))
    if result.data is not None:
        data = result.data
        reads = sum(1 for a in data.accesses if a.kind == "read")
        table.add_row("data entities / relations", f"{len(data.entities)} / {len(data.relations)}")
        table.add_row("data accesses (read / write)", f"{reads} / {len(data.accesses) - reads}")
        kinds = Counter(e.kind for e in data.entries)
        table.add_row("entry points", ", ".join(f"{kinds[k]} {k}" for k in ("http", "task", "cli")))
    table.add_row("files skipped", str(len(result.skipped)))
    out.print(table)
    if result.shared_entities:
        shared = Table(title="Entities used from more than one top-level package", title_justify="left")
        shared.add_column("entity")
        shared.add_column("packages")
        for entity, packages in result.shared_entities.items():
            shared.add_row(entity, ", ".join(packages))
        out.print(shared)
    if result.skipped:
        out.print(f"[yellow]Skipped {len(result.skipped)} file(s) that could not be analyzed:[/]")
        for failure in result.skipped:
            out.print(f"  {failure}", markup=False, soft_wrap=True)
    out.print("Wrote " + ", ".join(str(p) for p in result.written), markup=False, soft_wrap=True)


def _summary_data(result: AnalyzeResult) -> dict:
    return {
        "root": str(result.root),
        "out": str(result.out),
        "files": result.files,
        "parsed": result.parsed,
        "modules": result.modules,
        "classes": result.classes,
        "functions": result.functions,
        "call_sites": result.call_sites,
        "skipped": [str(s) for s in result.skipped],
        "written": [str(p) for p in result.written],
        "entities": len(result.data.entities) if result.data else 0,
        "data_reads": sum(1 for a in result.data.accesses if a.kind == "read") if result.data else 0,
        "data_writes": sum(1 for a in result.data.accesses if a.kind == "write") if result.data else 0,
        "entry_points": dict(Counter(e.kind for e in result.data.entries)) if result.data else {},
        "shared_entities": {k: list(v) for k, v in result.shared_entities.items()},
    }
