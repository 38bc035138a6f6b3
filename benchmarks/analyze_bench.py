"""Parse-only versus full `analyze` on a large real codebase, in one run.

    python benchmarks/analyze_bench.py [--jobs N] [--source DIR]

Without --source it fetches Django's wheel from the package index (`pip download`,
never installed or imported) and analyzes the `django` package inside it.
Parse-only reads every file and runs `libcst.parse_module` in the same number of
worker processes that `analyze` uses; `analyze` runs uncached (--no-cache) and
then cached; and the analysis alone (call graph, data, graph.json) without the
proposal and the report. Prints wall times and ratios to parse-only (target: <= 2.0).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import libcst

from migrate_kit import graphing
from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.data.analysis import analyze_data
from migrate_kit.discover import discover
from migrate_kit.extract.parallel import default_jobs, extract_all
from migrate_kit.formats import callgraph_json, graph_json
from migrate_kit.resolve import resolve
from migrate_kit.resolve import gc_paused

DJANGO = "django==6.1.3"


def fetch_django(workdir: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version", "3.12", "--dest", str(workdir), DJANGO],
        check=True,
    )
    wheel = next(workdir.glob("django-*.whl"))
    target = workdir / "src"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target, [n for n in archive.namelist() if n.startswith("django/")])
    return target


def _parse_chunk(paths: list[str]) -> int:
    failures = 0
    with gc_paused():  # as analyze's workers do, so both sides get the same help
        for path in paths:
            try:
                libcst.parse_module(Path(path).read_bytes())
            except Exception:
                failures += 1
    return failures


def parse_only(root: Path, jobs: int) -> float:
    files = [str(f.path) for f in discover(root).files]
    chunks = [files[i : i + 16] for i in range(0, len(files), 16)]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_parse_chunk, chunks))
    return time.perf_counter() - start


def full_analyze(root: Path, jobs: int, out: Path, cache: Path, use_cache: bool) -> tuple[float, int]:
    start = time.perf_counter()
    result = analyze(AnalyzeRequest(root=root, out=out, jobs=jobs, use_cache=use_cache, cache_dir=cache))
    return time.perf_counter() - start, result.code.files


def call_graph_only(root: Path, jobs: int) -> float:
    """The analysis itself (issue 2's `analyze`): discover, extract, resolve, find data and
    entry points, build the graph and serialize callgraph.json and graph.json; no
    clustering, no report."""
    start = time.perf_counter()
    extraction = extract_all(discover(root).files, jobs, cache=None)
    resolution = resolve(extraction.facts)
    graph = graphing.build_graph(resolution, analyze_data(resolution))
    graph_json.dumps(graph)
    callgraph_json.dumps(graphing.callgraph(resolution))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--source", type=Path, help="analyze this folder instead of Django")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        root = args.source or fetch_django(work)
        parse_only(root, args.jobs)  # warm the file system cache
        parse_time = parse_only(root, args.jobs)
        analysis = call_graph_only(root, args.jobs)
        uncached, files = full_analyze(root, args.jobs, work / "out", work / "cache", use_cache=False)
        full_analyze(root, args.jobs, work / "out", work / "cache", use_cache=True)  # fill the cache
        cached, _ = full_analyze(root, args.jobs, work / "out", work / "cache", use_cache=True)
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"codebase           {root if args.source else DJANGO} ({files} files, {args.jobs} jobs)")
    print(f"parse only                          {parse_time:7.2f} s")
    print(f"call graph + data analysis          {analysis:7.2f} s   ratio {analysis / parse_time:.2f}")
    print(f"analyze, no cache (all outputs)     {uncached:7.2f} s   ratio {uncached / parse_time:.2f}  (target <= 2.00)")
    print(f"analyze, cached (all outputs)       {cached:7.2f} s")
    print(f"peak memory        {peak_self:7.0f} MB main process, {peak_children:.0f} MB largest worker")


if __name__ == "__main__":
    main()
