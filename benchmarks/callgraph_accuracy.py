"""Call-graph precision and recall against hand-checked call graphs.

    python benchmarks/callgraph_accuracy.py [-v] [--suite DIR ...]

Three suites by default:
- benchmarks/callgraph_suite: 40 realistic cases written for this project by
  someone who never saw the resolver, from the conventions in its README;
- benchmarks/callgraph_suite_b: 20 more, written later the same way (held out from
  the resolver's development: its first-contact figures are in its README);
- PyCG's micro-benchmark (112 snippets, Salis et al., ICSE 2021), taken from the
  `pycg` source distribution on the package index (`pip download`, never installed).

Edges are (caller, callee) pairs; figures are micro-averaged over all cases.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from migrate_kit.discover import discover
from migrate_kit.extract.parallel import extract_all
from migrate_kit.resolve import resolve

HERE = Path(__file__).resolve().parent
PYCG = "pycg==0.0.8"


def edges(root: Path) -> set[tuple[str, str]]:
    facts = extract_all(discover(root).files, jobs=1, cache=None).facts
    return {(call.caller, call.callee) for call in resolve(facts).calls}


def expected(callgraph: Path) -> set[tuple[str, str]]:
    data = json.loads(callgraph.read_text())
    return {(caller, callee) for caller, callees in data.items() for callee in callees}


def score(cases: list[Path], verbose: bool) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for case in cases:
        want, got = expected(case / "callgraph.json"), edges(case)
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        if verbose and got != want:
            print(f"  {case.name}: extra {sorted(got - want)} missing {sorted(want - got)}")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp, fn


def pycg_cases(workdir: Path) -> list[Path]:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
         "--dest", str(workdir), PYCG],
        check=True,
    )
    with tarfile.open(next(workdir.glob("pycg-*.tar.gz"))) as archive:
        archive.extractall(workdir, filter="data")
    return sorted(p.parent for p in workdir.glob("pycg-*/micro-benchmark/snippets/*/*/callgraph.json"))


def suite_cases(folder: Path) -> list[Path]:
    return sorted(p.parent for p in folder.glob("*/callgraph.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the differing edges per case")
    parser.add_argument("--no-pycg", action="store_true", help="skip PyCG's micro-benchmark (needs the index)")
    args = parser.parse_args()
    suites = {
        "callgraph_suite (held out)": suite_cases(HERE / "callgraph_suite"),
        "callgraph_suite_b (held out)": suite_cases(HERE / "callgraph_suite_b"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_pycg:
            suites["PyCG micro-benchmark"] = pycg_cases(Path(tmp))
        for name, cases in suites.items():
            print(f"{name}: {len(cases)} cases")
            precision, recall, tp, fp, fn = score(cases, args.verbose)
            print(f"  precision {precision:.3f}  recall {recall:.3f}  (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
