"""The only place that chains the stages: analyze(...) and, later, scaffold(...)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import networkx as nx

from migrate_kit import graphing
from migrate_kit.cache import FactsCache, default_cache_dir
from migrate_kit.cluster.proposal import Scored, propose_boundaries
from migrate_kit.cluster.violations import Violation, violations
from migrate_kit.config import ProjectDefaults, project_defaults
from migrate_kit.data.analysis import analyze_data, shared_entities
from migrate_kit.discover import discover
from migrate_kit.errors import BadInput
from migrate_kit.extract.parallel import default_jobs, extract_all
from migrate_kit.formats import boundaries_yaml, callgraph_json, graph_json
from migrate_kit.model.boundaries import Proposal
from migrate_kit.model.data import DataFacts
from migrate_kit.model.facts import ParseFailure
from migrate_kit.output import prepare_folder, write_all
from migrate_kit.report import render_report
from migrate_kit.scaffold import ScaffoldResult
from migrate_kit.scaffold import scaffold as scaffold_services
from migrate_kit.resolve import resolve


class Progress(Protocol):
    def stage(self, description: str, total: int | None = None) -> None: ...
    def advance(self, amount: int = 1) -> None: ...


class _Silent:
    """Progress for callers that show none (tests, benchmarks)."""

    def stage(self, description: str, total: int | None = None) -> None:
        """Nothing to show."""

    def advance(self, amount: int = 1) -> None:
        """Nothing to show."""


@dataclass(frozen=True)
class AnalyzeRequest:
    root: Path | None  # None only with `graph`
    out: Path = Path("migrate-kit-out")
    excludes: tuple[str, ...] = ()
    jobs: int | None = None  # None: the project's default, else every core
    use_cache: bool = True
    cache_dir: Path | None = None
    services: int | None = None  # None: the project's default, else auto
    seed: int | None = None  # None: the project's default, else 0
    boundaries: Path | None = None  # an edited boundaries.yaml to keep and re-score
    graph: Path | None = None  # cluster this graph.json instead of analyzing code


@dataclass(frozen=True)
class CodeFacts:
    """What analyzing the code found (absent when clustering a graph.json)."""

    files: int  # files analyzed (parsed or from the cache)
    parsed: int  # of which parsed this run
    call_sites: int
    data: DataFacts
    shared_entities: dict[str, tuple[str, ...]]  # entity -> packages


@dataclass(frozen=True)
class ServiceRow:
    name: str
    modules: int
    lines: int
    entities: int
    inbound: int  # interfaces other services call
    outbound: int  # interfaces it calls
    confidence: float


@dataclass(frozen=True)
class AnalyzeResult:
    root: Path | None
    out: Path
    modules: int
    classes: int
    functions: int
    skipped: tuple[ParseFailure, ...]
    proposal: Proposal
    services: tuple[ServiceRow, ...]
    written: tuple[Path, ...]
    code: CodeFacts | None = None


def analyze(request: AnalyzeRequest, progress: Progress | None = None) -> AnalyzeResult:
    progress = progress or _Silent()
    if request.graph is not None:
        defaults = ProjectDefaults()
        graph = graph_json.load(request.graph)
        prepare_folder(request.out)
        code, callgraph, skipped = None, None, tuple(_skipped_from(graph))
        root_text = _root_relative_to(_graph_root(graph, request.graph), request.out)
    else:
        root = _check_root(request.root)
        defaults = project_defaults(root)
        prepare_folder(request.out)
        graph, callgraph, code, skipped = _analyze_code(request, defaults, progress)
        root_text = _root_relative_to(root, request.out)
        graph.graph["root"] = root_text
        graph.graph["skipped"] = [str(s) for s in skipped]
    previous = boundaries_yaml.load(request.boundaries) if request.boundaries else None
    progress.stage("Proposing services")
    scored = propose_boundaries(
        graph, seed=_seed(request, defaults, previous), services=_services(request, defaults),
        root=root_text, previous=previous,
    )
    _annotate(graph, scored)
    progress.stage("Writing the report")
    title = request.root.resolve().name if request.root else request.graph.resolve().parent.name
    texts = {
        "graph.json": graph_json.dumps(graph),
        "boundaries.yaml": boundaries_yaml.dumps(scored.proposal),
        **render_report(graph, scored.proposal, list(skipped), title),
    }
    if callgraph is not None:
        texts["callgraph.json"] = callgraph_json.dumps(callgraph)
    written = write_all(request.out, texts)
    kinds = [attributes.get("kind") for _, attributes in graph.nodes(data=True)]
    return AnalyzeResult(
        root=request.root,
        out=request.out,
        modules=kinds.count("module"),
        classes=kinds.count("class"),
        functions=kinds.count("function"),
        skipped=skipped,
        proposal=scored.proposal,
        services=_service_rows(graph, scored.proposal),
        written=tuple(written),
        code=code,
    )


def _check_root(root: Path | None) -> Path:
    if root is None:
        raise BadInput("give ROOT, or --graph GRAPH_JSON")
    if not root.exists():
        raise BadInput(f"ROOT {root} does not exist")
    if not root.is_dir():
        raise BadInput(f"ROOT {root} is not a folder")
    return root


def _analyze_code(request: AnalyzeRequest, defaults: ProjectDefaults, progress: Progress):
    root = request.root
    discovery = discover(root, defaults.exclude + request.excludes + _inside(request.out, root))
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
    code = CodeFacts(
        files=len(extraction.facts),
        parsed=extraction.parsed,
        call_sites=len(resolution.calls),
        data=data,
        shared_entities=shared_entities(data, [f.module for f in extraction.facts]),
    )
    return graph, graphing.callgraph(resolution), code, skipped


def _services(request: AnalyzeRequest, defaults: ProjectDefaults) -> int | None:
    if request.services is not None:
        return request.services
    return defaults.services if isinstance(defaults.services, int) else None


def _seed(request: AnalyzeRequest, defaults: ProjectDefaults, previous: Proposal | None) -> int:
    if request.seed is not None:
        return request.seed
    if previous is not None:
        return previous.seed
    return defaults.seed or 0


def _annotate(graph: nx.MultiDiGraph, scored: Scored) -> None:
    """Module nodes say which service they are in, and how stably (graph.json)."""
    for module, service in scored.module_service.items():
        if module in graph:
            graph.nodes[module]["service"] = service
            if module in scored.module_confidence:
                graph.nodes[module]["confidence"] = scored.module_confidence[module]


def _service_rows(graph: nx.MultiDiGraph, proposal: Proposal) -> tuple[ServiceRow, ...]:
    rows = []
    for service in proposal.services:
        lines = sum(int(graph.nodes[m].get("loc", 0)) for m in service.modules if m in graph)
        inbound = sum(1 for i in proposal.interfaces if i.target_service == service.name)
        outbound = sum(1 for i in proposal.interfaces if i.source == service.name)
        rows.append(ServiceRow(service.name, len(service.modules), lines, len(service.entities), inbound, outbound,
                               service.confidence))
    return tuple(rows)


def _graph_root(graph: nx.MultiDiGraph, graph_file: Path) -> Path | None:
    root = graph.graph.get("root")
    return (graph_file.parent / root).resolve() if isinstance(root, str) and root else None


def _skipped_from(graph: nx.MultiDiGraph) -> list[ParseFailure]:
    found = []
    for line in graph.graph.get("skipped", []) or []:
        path, _, rest = str(line).partition(":")
        number, _, reason = rest.partition(": ")
        found.append(ParseFailure(path, int(number) if number.isdigit() else 1, reason))
    return found


def _root_relative_to(root: Path | None, out: Path) -> str:
    if root is None:
        return ""
    return os.path.relpath(root.resolve(), out.resolve()).replace(os.sep, "/")


def _inside(out: Path, root: Path) -> tuple[str, ...]:
    """Exclude OUT from discovery when it lies inside ROOT."""
    try:
        relative = out.resolve().relative_to(root.resolve())
    except ValueError:
        return ()
    return (relative.as_posix(),) if relative.parts else ()


@dataclass(frozen=True)
class CheckRequest:
    root: Path
    boundaries: Path
    excludes: tuple[str, ...] = ()
    jobs: int | None = None
    use_cache: bool = True
    cache_dir: Path | None = None


@dataclass(frozen=True)
class CheckResult:
    violations: tuple[Violation, ...]
    unplaced: tuple[str, ...]  # modules the boundaries file does not place
    skipped: tuple[ParseFailure, ...]


def check(request: CheckRequest, progress: Progress | None = None) -> CheckResult:
    """Code that crosses a boundary of the file through anything but a declared interface."""
    progress = progress or _Silent()
    root = _check_root(request.root)
    agreed = boundaries_yaml.load(request.boundaries)
    defaults = project_defaults(root)
    analysis = AnalyzeRequest(root=root, excludes=request.excludes, jobs=request.jobs,
                              use_cache=request.use_cache, cache_dir=request.cache_dir)
    graph, _, _, skipped = _analyze_code(analysis, defaults, progress)
    found, unplaced = violations(graph, agreed)
    return CheckResult(tuple(found), tuple(unplaced), skipped)


def scaffold(boundaries: Path, out: Path, force: bool = False, graph: Path | None = None,
             progress: Progress | None = None) -> ScaffoldResult:
    """One deployable AWS SAM project per service of a boundaries file (design.md section 6)."""
    (progress or _Silent()).stage("Scaffolding services")
    return scaffold_services(boundaries, out, force=force, graph=graph)
