"""The only place that chains the stages: analyze(...) and, later, scaffold(...)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from migrate_kit import graphing
from migrate_kit.cache import FactsCache, default_cache_dir
from migrate_kit.config import project_defaults
from migrate_kit.data.analysis import analyze_data, shared_entities
from migrate_kit.discover import discover
from migrate_kit.errors import BadInput
from migrate_kit.extract.parallel import default_jobs, extract_all
from migrate_kit.formats import callgraph_json, graph_json
from migrate_kit.model.data import DataFacts
from migrate_kit.model.facts import ParseFailure
from migrate_kit.output import prepare_folder, write_all
from migrate_kit.resolve import resolve


class Progress(Protocol):
    def stage(self, description: str, total: int | None = None) -> None: ...
    def advance(self, amount: int = 1) -> None: ...


class _Silent:
    def stage(self, description: str, total: int | None = None) -> None:
        pass

    def advance(self, amount: int = 1) -> None:
        pass


@dataclass(frozen=True)
class AnalyzeRequest:
    root: Path
    out: Path = Path("migrate-kit-out")
    excludes: tuple[str, ...] = ()
    jobs: int | None = None  # None: the project's default, else every core
    use_cache: bool = True
    cache_dir: Path | None = None


@dataclass(frozen=True)
class AnalyzeResult:
    root: Path
    out: Path
    files: int  # files analyzed (parsed or from the cache)
    parsed: int  # of which parsed this run
    modules: int
    classes: int
    functions: int
    call_sites: int
    skipped: tuple[ParseFailure, ...]
    written: tuple[Path, ...] = field(default_factory=tuple)
    data: DataFacts | None = None
    shared_entities: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity -> packages


def analyze(request: AnalyzeRequest, progress: Progress | None = None) -> AnalyzeResult:
    progress = progress or _Silent()
    root = request.root
    if not root.exists():
        raise BadInput(f"ROOT {root} does not exist")
    if not root.is_dir():
        raise BadInput(f"ROOT {root} is not a folder")
    defaults = project_defaults(root)
    excludes = defaults.exclude + request.excludes + _inside(request.out, root)
    prepare_folder(request.out)
    discovery = discover(root, excludes)

    jobs = request.jobs or defaults.jobs or default_jobs()
    cache = FactsCache(request.cache_dir or default_cache_dir()) if request.use_cache else None
    progress.stage("Extracting", len(discovery.files))
    try:
        extraction = extract_all(discovery.files, jobs, cache, progress.advance)
    finally:
        if cache is not None:
            cache.close()
    progress.stage("Resolving")
    resolution = resolve(extraction.facts)
    data = analyze_data(resolution)
    graph = graphing.build_graph(resolution, data)
    skipped = tuple(sorted(discovery.skipped + extraction.failures, key=lambda f: (f.path, f.line)))
    graph.graph["root"] = os.path.relpath(root.resolve(), request.out.resolve()).replace(os.sep, "/")
    graph.graph["skipped"] = [str(s) for s in skipped]

    written = write_all(
        request.out,
        {
            "callgraph.json": callgraph_json.dumps(graphing.callgraph(resolution)),
            "graph.json": graph_json.dumps(graph),
        },
    )
    kinds = [attributes["kind"] for _, attributes in graph.nodes(data=True)]
    return AnalyzeResult(
        root=root,
        out=request.out,
        files=len(extraction.facts),
        parsed=extraction.parsed,
        modules=kinds.count("module"),
        classes=kinds.count("class"),
        functions=kinds.count("function"),
        call_sites=len(resolution.calls),
        skipped=skipped,
        written=tuple(written),
        data=data,
        shared_entities=shared_entities(data, [f.module for f in extraction.facts]),
    )


def _inside(out: Path, root: Path) -> tuple[str, ...]:
    """Exclude OUT from discovery when it lies inside ROOT."""
    try:
        relative = out.resolve().relative_to(root.resolve())
    except ValueError:
        return ()
    return (relative.as_posix(),) if relative.parts else ()
