"""How well proposed services recover planted ones, against plain Louvain on the
module import graph.

    python benchmarks/boundaries_bench.py [--quick] [--seeds N]

Generates synthetic monoliths with meaningless names (benchmarks/synthetic.py),
varying the number and size of domains, how much they cross, and the package
layout; runs `analyze` on each; scores the proposal (services plus the shared
kernel as one more group) and the baseline against the planted services (the
shared utilities and wiring as one group) with the adjusted Rand index and MoJoFM.
Also scores the bundled sample monolith against the domains its README documents.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import tempfile
from pathlib import Path

import networkx as nx

from migrate_kit.api import AnalyzeRequest, analyze
from migrate_kit.formats import graph_json

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from scoring import ari, mojofm  # noqa: E402


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", HERE / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module
    spec.loader.exec_module(module)
    return module


def proposal_partition(out: Path) -> dict[str, str]:
    graph = graph_json.load(out / "graph.json")
    return {n: d["service"] for n, d in graph.nodes(data=True) if d.get("kind") == "module" and "service" in d}


def baseline_partition(out: Path, seed: int = 0) -> dict[str, str]:
    """Plain Louvain on the undirected module import graph; isolated modules alone."""
    graph = graph_json.load(out / "graph.json")
    imports = nx.Graph()
    modules = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "module")
    imports.add_nodes_from(modules)
    for u, v, key in graph.edges(keys=True):
        if key == "import" and u in imports and v in imports and u != v:
            imports.add_edge(u, v)
    groups = nx.community.louvain_communities(imports, seed=seed)
    return {m: f"c{i}" for i, group in enumerate(sorted(groups, key=min)) for m in group}


def run(root: Path, out: Path) -> None:
    analyze(AnalyzeRequest(root=root, out=out, jobs=1, use_cache=False))


def sample_truth() -> dict[str, str]:
    truth = {}
    for line in (HERE.parent / "sample_monolith" / "README.md").read_text().splitlines():
        match = re.match(r"^\| (shop[\w.]*) \| (\w+) \|", line)
        if match:
            truth[match.group(1)] = match.group(2)
    return truth


def configurations(quick: bool, seeds: int, first_seed: int = 100) -> list[dict]:
    grid = [
        dict(domains=8, modules_per_domain=8, crossing=0.15, layout="packages"),
        dict(domains=8, modules_per_domain=8, crossing=0.15, layout="flat"),
        dict(domains=8, modules_per_domain=8, crossing=0.15, layout="scrambled"),
        dict(domains=12, modules_per_domain=6, crossing=0.10, layout="flat"),
        dict(domains=6, modules_per_domain=12, crossing=0.25, layout="scrambled"),
        dict(domains=10, modules_per_domain=8, crossing=0.30, layout="flat"),
    ]
    if quick:
        grid = grid[:3]
    return [dict(c, seed=first_seed + s) for c in grid for s in range(seeds)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three configurations only")
    parser.add_argument("--seeds", type=int, default=2, help="monoliths per configuration")
    parser.add_argument("--first-seed", type=int, default=100, help="seed of the first monolith of each configuration")
    args = parser.parse_args()
    synthetic = _synthetic()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, config in enumerate(configurations(args.quick, args.seeds, args.first_seed)):
            root, out = Path(tmp) / f"m{index}", Path(tmp) / f"o{index}"
            truth = synthetic.generate(synthetic.Spec(meaningless_names=True, **config), root)
            run(root, out)
            ours, base = proposal_partition(out), baseline_partition(out)
            rows.append((config, ari(ours, truth), mojofm(ours, truth), ari(base, truth), mojofm(base, truth)))
            c = config
            print(f"{c['domains']:>2} domains x {c['modules_per_domain']:>2}, crossing {c['crossing']:.2f}, "
                  f"{c['layout']:9} seed {c['seed']}:  proposal ARI {rows[-1][1]:.3f} MoJoFM {rows[-1][2]:5.1f}"
                  f"   baseline ARI {rows[-1][3]:.3f} MoJoFM {rows[-1][4]:5.1f}")
        print(f"mean over {len(rows)} monoliths:  proposal ARI {statistics.mean(r[1] for r in rows):.3f} "
              f"MoJoFM {statistics.mean(r[2] for r in rows):5.1f}   baseline ARI {statistics.mean(r[3] for r in rows):.3f} "
              f"MoJoFM {statistics.mean(r[4] for r in rows):5.1f}")
        out = Path(tmp) / "sample"
        run(HERE.parent / "sample_monolith", out)
        truth = sample_truth()
        ours, base = proposal_partition(out), baseline_partition(out)
        print(f"sample_monolith (README domains):  proposal ARI {ari(ours, truth):.3f} MoJoFM {mojofm(ours, truth):5.1f}"
              f"   baseline ARI {ari(base, truth):.3f} MoJoFM {mojofm(base, truth):5.1f}")


if __name__ == "__main__":
    main()
