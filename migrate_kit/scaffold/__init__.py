"""`migrate-kit scaffold`: one deployable AWS SAM project per proposed service.

    scaffold(boundaries, out, force=False, graph=None) -> ScaffoldResult

Reads boundaries.yaml, graph.json (by default next to it, as `analyze` writes them) and the
monolith's source (ROOT, the boundaries file's `root`); plans each service (planning.py),
renders it from templates/sam (rendering.py, templating.py) and writes the tree through the
one writer (writer.py), which never overwrites a file a person changed unless `force`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from migrate_kit.errors import BadInput
from migrate_kit.formats import boundaries_yaml, graph_json
from migrate_kit.model.boundaries import Proposal
from migrate_kit.scaffold import writer
from migrate_kit.scaffold.planning import plan_services
from migrate_kit.scaffold.rendering import render_service

__all__ = ["ScaffoldResult", "scaffold"]


@dataclass(frozen=True)
class ScaffoldResult:
    out: Path
    services: tuple[str, ...]
    written: tuple[str, ...]  # paths relative to `out`: created, or regenerated
    unchanged: tuple[str, ...]
    skipped: tuple[str, ...]  # changed by a person since generated: kept as they are
    replaced: tuple[str, ...]  # changed by a person, replaced under force (`<path>.orig` keeps theirs)
    removed: tuple[str, ...]  # generated before, no longer generated, untouched
    operations: int
    ported: int  # operations that run their original code
    warnings: tuple[str, ...]


def scaffold(boundaries: Path, out: Path, force: bool = False, graph: Path | None = None) -> ScaffoldResult:
    proposal = boundaries_yaml.load(boundaries)
    for service in proposal.services:
        check_service_name(service.name)
    graph_file = graph if graph is not None else boundaries.parent / "graph.json"
    if not graph_file.is_file():
        raise BadInput(f"{graph_file} not found: run `migrate-kit analyze` first (it writes graph.json next to "
                       "boundaries.yaml), or pass the graph's path")
    loaded = graph_json.load(graph_file)
    root = _root(proposal, boundaries)
    writer.check_out(out)
    plans, sources = plan_services(proposal, loaded, root)
    empty = [p.name for p in plans if not p.functions and not p.tables]
    plans = tuple(p for p in plans if p.name not in empty)
    files: dict[str, str] = {}
    for plan in plans:
        files.update(render_service(plan, sources))
    outcome = writer.write_tree(out, files, force=force)
    warnings = [f"{name}: no entry point, no interface other services call and no data: nothing to deploy, "
                "not scaffolded" for name in empty]
    warnings += [w for plan in plans for w in plan.warnings]
    warnings += kernel_entry_points(loaded, proposal)
    warnings += [f"kept {path}: changed since it was generated (--force replaces it, keeping yours as .orig)"
                 for path in outcome.kept]
    return ScaffoldResult(
        out=out,
        services=tuple(p.name for p in plans),
        written=outcome.written,
        unchanged=outcome.unchanged,
        skipped=outcome.kept,
        replaced=outcome.backed_up,
        removed=outcome.removed,
        operations=sum(len(p.operations) for p in plans),
        ported=sum(1 for p in plans for o in p.operations if o.delegates),
        warnings=tuple(warnings),
    )


def kernel_entry_points(graph: nx.MultiDiGraph, proposal: Proposal) -> list[str]:
    """Entry points in shared-kernel modules belong to no service, so none scaffolds them."""
    kernel = set(proposal.shared_kernel)
    found = sorted(n for n, d in graph.nodes(data=True)
                   if d.get("kind") == "function" and d.get("entry") and d.get("module") in kernel)
    if not found:
        return []
    shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    return [f"{len(found)} entry point(s) in shared-kernel modules are not scaffolded (move their modules into a "
            f"service to get them): {shown}"]


def check_service_name(name: str) -> None:
    """A service name becomes a folder of DIR: it must not reach outside it."""
    if not boundaries_yaml.NAME.match(name) or name in (".", "..") or "/" in name or "\\" in name:
        raise BadInput(f"service name {name!r} cannot be a folder name inside the output folder "
                       "(use lowercase letters, digits and dashes)")


def _root(proposal: Proposal, boundaries: Path) -> Path:
    if not proposal.root:
        raise BadInput(f"{boundaries} has no `root`: it names the monolith's folder, relative to the file")
    root = (boundaries.parent / proposal.root).resolve()
    if not root.is_dir():
        raise BadInput(f"ROOT {root} (the `root` of {boundaries}) is not a folder")
    return root
