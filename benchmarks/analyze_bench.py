"""Parse-only versus full `analyze` on a large real codebase, each step in a fresh process.

    python benchmarks/analyze_bench.py [--jobs N] [--source DIR]

Without --source it fetches Django's wheel from the package index (`pip download`,
never installed or imported) and analyzes the `django` package inside it.
Every step runs in its own Python process (so no step inherits another's heap) with
the same number of worker processes; its wall time and its CPU time (its own and its
workers') are measured inside, after imports:

- parse only: read every file and run `libcst.parse_module`, as analyze's workers do;
- extraction: the same files through analyze's extraction (parse, line numbers, walk,
  facts back to the main process): the part of the ratio no later stage can remove;
- analysis: issue 2's analysis (extraction, resolution, data and entry points,
  callgraph.json and graph.json in memory);
- analyze: the whole command (also the proposal and the report, written to disk),
  uncached, then with every file cached.

Prints wall times, CPU times and ratios to parse-only (target: <= 2.0 on wall time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import libcst

from migrate_kit import graphing
from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.data.analysis import analyze_data
from migrate_kit.discover import discover
from migrate_kit.extract.parallel import default_jobs, extract_all
from migrate_kit.formats import callgraph_json, graph_json
from migrate_kit.resolve import gc_paused, resolve
from wheels import fetch_package  # benchmarks/wheels.py, beside this script

DJANGO = "django==6.1.3"


def _parse_chunk(paths: list[str]) -> int:
    failures = 0
    with gc_paused():  # as analyze's workers do, so both sides get the same help
        for path in paths:
            try:
                libcst.parse_module(Path(path).read_bytes())
            except Exception:
                failures += 1
    return failures


def parse_only(root: Path, jobs: int, work: Path) -> None:
    files = [str(f.path) for f in discover(root).files]
    chunks = [files[i : i + 16] for i in range(0, len(files), 16)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_parse_chunk, chunks))


def extraction_only(root: Path, jobs: int, work: Path) -> None:
    extract_all(discover(root).files, jobs, cache=None)


def analysis_only(root: Path, jobs: int, work: Path) -> None:
    """Issue 2's `analyze`: discover, extract, resolve, find data and entry points,
    build the graph and serialize callgraph.json and graph.json; no clustering, no report."""
    extraction = extract_all(discover(root).files, jobs, cache=None)
    resolution = resolve(extraction.facts)
    graph = graphing.build_graph(resolution, analyze_data(resolution))
    graph_json.dumps(graph)
    callgraph_json.dumps(graphing.callgraph(resolution))


def analyze_uncached(root: Path, jobs: int, work: Path) -> None:
    analyze(AnalyzeRequest(root=root, out=work / "out", jobs=jobs, use_cache=False))


def analyze_cached(root: Path, jobs: int, work: Path) -> None:
    analyze(AnalyzeRequest(root=root, out=work / "out", jobs=jobs, cache_dir=work / "cache"))


def _nothing(root: Path, jobs: int, work: Path) -> None:
    """No preparation."""


# name -> (preparation, not timed; the step, timed)
STEPS = {
    "parse only": (_nothing, parse_only),
    "extraction (parse, lines, walk)": (_nothing, extraction_only),
    "analysis (call graph + data)": (_nothing, analysis_only),
    "analyze, no cache (all outputs)": (_nothing, analyze_uncached),
    "analyze, cached (all outputs)": (analyze_cached, analyze_cached),  # the first run fills the cache
}


def _cpu() -> float:
    """This process's CPU seconds plus those of its finished workers."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _measured(run) -> None:
    start_wall, start_cpu = time.perf_counter(), _cpu()
    run()
    wall, cpu = time.perf_counter() - start_wall, _cpu() - start_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"wall": wall, "cpu": cpu, "peak_mb": peak}))
    sys.stdout.flush()
    os._exit(0)  # the figures are out; do not time the interpreter's teardown


def _run_step(name: str) -> None:
    """Child process: run one step and print its figures as one JSON line."""
    root, jobs, work = Path(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
    prepare, step = STEPS[name]
    prepare(root, jobs, work)
    _measured(lambda: step(root, jobs, work))


def _step_in_fresh_process(name: str, root: Path, jobs: int, work: Path) -> dict:
    completed = subprocess.run(
        [sys.executable, __file__, "--step", name, str(root), str(jobs), str(work)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        _run_step(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--source", type=Path, help="analyze this folder instead of Django")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = (args.source or fetch_package(DJANGO, "django", work).parent).resolve()
        files = len(discover(root).files)
        _step_in_fresh_process("parse only", root, args.jobs, work)  # warm the file system cache
        figures = {name: _step_in_fresh_process(name, root, args.jobs, work) for name in STEPS}
    base = figures["parse only"]
    print(f"codebase  {root if args.source else DJANGO} ({files} files, {args.jobs} jobs, each step in a fresh process)")
    print(f"{'step':34} {'wall s':>7} {'x parse':>8} {'CPU s':>7} {'x parse':>8} {'peak MB':>8}")
    for name, figure in figures.items():
        print(
            f"{name:34} {figure['wall']:7.2f} {figure['wall'] / base['wall']:8.2f} "
            f"{figure['cpu']:7.2f} {figure['cpu'] / base['cpu']:8.2f} {figure['peak_mb']:8.0f}"
        )
    print("target: analyze within 2.00 x parse-only wall time")


if __name__ == "__main__":
    main()
