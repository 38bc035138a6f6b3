"""The command line: parse options, call the api, print, exit with a code."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from migrate_kit import __version__, api, console
from migrate_kit.errors import BadInput, ExitCode, MigrateKitError

app = typer.Typer(
    name="migrate-kit",
    help="Read a Python monolith without running it, propose microservice boundaries, "
    "and scaffold them as AWS serverless projects.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _run(debug: bool, work: Callable[[], int]) -> None:
    """Turn our errors into one line and an exit code; tracebacks only with --debug."""
    try:
        code = work()
    except MigrateKitError as error:
        if debug:
            traceback.print_exc()
        console.error(str(error))
        raise typer.Exit(int(error.exit_code)) from None
    except KeyboardInterrupt:
        console.error("interrupted")
        raise typer.Exit(130) from None
    except Exception as error:  # a bug of ours: say so plainly
        if debug:
            traceback.print_exc()
        console.error(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
        raise typer.Exit(int(ExitCode.INTERNAL)) from None
    raise typer.Exit(code)


@app.command()
def analyze(
    root: Annotated[
        Path | None,
        typer.Argument(help="The monolith's folder. Its code is read, never imported or run. Not needed with --graph."),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for callgraph.json, graph.json and boundaries.yaml.")
    ] = Path("migrate-kit-out"),
    services: Annotated[
        str,
        typer.Option(
            "--services",
            help="How many services to propose: a number, or 'auto' (maximum modularity, then "
            "one-module groups merged into their closest neighbour).",
        ),
    ] = "auto",
    seed: Annotated[
        int | None, typer.Option("--seed", help="Seed of the clustering; the same seed gives the same proposal [default: 0].")
    ] = None,
    boundaries: Annotated[
        Path | None,
        typer.Option(
            "--boundaries",
            help="An edited boundaries.yaml: keep its services, place and flag new modules, re-score it.",
        ),
    ] = None,
    graph: Annotated[
        Path | None,
        typer.Option("--graph", help="Cluster this graph.json (same shape analyze writes) instead of analyzing code."),
    ] = None,
    exclude: Annotated[
        list[str],
        typer.Option(
            "--exclude",
            help="Skip files matching this glob (repeatable). It is matched against the path relative "
            "to ROOT, each folder above the file, and the bare file or folder name; e.g. 'tests', "
            "'*/tests/*', 'test_*.py'.",
        ),
    ] = [],
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for parsing [default: all cores]. With 1, files are parsed in this process.")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Re-parse every file instead of reusing facts cached by content hash.")
    ] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Console summary as a table (text) or as JSON on stdout.")
    ] = OutputFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with code 1 when any file could not be analyzed.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    """Analyze a codebase and propose service boundaries: parse and resolve every Python file,
    then write the call graph (callgraph.json), the dependency graph (graph.json) and the
    proposal (boundaries.yaml) into OUT."""

    def work() -> int:
        request = api.AnalyzeRequest(
            root=root, out=out, excludes=tuple(exclude), jobs=jobs, use_cache=not no_cache,
            services=_service_count(services), seed=seed, boundaries=boundaries, graph=graph,
        )
        with console.ProgressBar() as progress:
            result = api.analyze(request, progress)
        console.analyze_summary(result, as_json=output_format is OutputFormat.json)
        return int(ExitCode.FINDINGS) if strict and result.skipped else int(ExitCode.OK)

    _run(debug, work)


@app.command()
def check(
    root: Annotated[Path, typer.Argument(help="The monolith's folder. Its code is read, never imported or run.")],
    boundaries: Annotated[
        Path, typer.Option("--boundaries", help="The agreed boundaries.yaml: its services, kernel, interfaces and entities.")
    ],
    exclude: Annotated[
        list[str], typer.Option("--exclude", help="Skip files matching this glob (repeatable), as for analyze.")
    ] = [],
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes for parsing [default: all cores]. With 1, files are parsed in this process.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Re-parse every file.")] = False,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Findings as lines (text) or as JSON on stdout.")
    ] = OutputFormat.text,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    """For CI: exit with code 1 when code crosses a boundary of the agreed boundaries file through
    anything but a declared interface (an undeclared cross-service call, or a write to an entity
    another service owns)."""

    def work() -> int:
        request = api.CheckRequest(root=root, boundaries=boundaries, excludes=tuple(exclude), jobs=jobs,
                                   use_cache=not no_cache)
        with console.ProgressBar() as progress:
            result = api.check(request, progress)
        console.check_summary(result, as_json=output_format is OutputFormat.json)
        return int(ExitCode.FINDINGS) if result.violations else int(ExitCode.OK)

    _run(debug, work)


@app.command()
def scaffold(
    boundaries: Annotated[
        Path, typer.Argument(help="A boundaries.yaml written by analyze (graph.json is read from the same folder).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for one project per service.")] = Path("services"),
    force: Annotated[
        bool,
        typer.Option("--force", help="Also replace files a person changed since they were generated "
                                     "(their version is kept as FILE.orig)."),
    ] = False,
    graph: Annotated[
        Path | None, typer.Option("--graph", help="The graph.json to use [default: next to BOUNDARIES].")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="Summary as text or as JSON on stdout.")
    ] = OutputFormat.text,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    """Write one deployable AWS SAM project per proposed service: template.yaml, handlers, the
    service's code copied from the monolith, DynamoDB repositories, queue clients, tests that
    run on moto, requirements.txt and a README. Re-running never overwrites a file you changed."""

    def work() -> int:
        with console.ProgressBar() as progress:
            result = api.scaffold(boundaries, out, force=force, graph=graph, progress=progress)
        console.scaffold_summary(result, as_json=output_format is OutputFormat.json)
        return int(ExitCode.OK)

    _run(debug, work)


def _service_count(value: str) -> int | None:
    if value == "auto":
        return None
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise BadInput(f"--services must be 'auto' or a positive number, not {value!r}")


def _version(value: bool) -> None:
    if value:
        print(f"migrate-kit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """migrate-kit: take a Python monolith apart, on evidence."""


def main() -> None:
    app()
