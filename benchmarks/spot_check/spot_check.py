"""Precision on real code, by hand: sample edges migrate-kit finds in real projects,
then count the verdicts a person wrote for each.

    python benchmarks/spot_check/spot_check.py sample SEED OUT.json   # 45 edges per project
    python benchmarks/spot_check/spot_check.py score VERDICTS.json

`sample` fetches flask, scrapy and celery wheels from the package index (`pip download`,
never installed or imported), analyzes each from its package folder, and picks 35 edges to
code under ROOT and 10 to external code (builtins are left out: they are rarely wrong),
one call site each, with a seeded random choice. A person then sets each edge's `verdict`
(correct, allowed, wrong or unsure) and `reason` by reading the source; see README.md.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from migrate_kit.discover import discover
from migrate_kit.extract.parallel import extract_all
from migrate_kit.resolve import resolve

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from wheels import fetch_package  # noqa: E402  benchmarks/wheels.py

PROJECTS = {"flask": "flask==3.1.3", "scrapy": "scrapy==2.19.0", "celery": "celery==5.7.0"}
INTERNAL, EXTERNAL = 35, 10


def sample(seed: int, out: Path) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, requirement in PROJECTS.items():
            root = fetch_package(requirement, name, Path(tmp))
            facts = extract_all(discover(root).files, jobs=2, cache=None).facts
            modules = {f.module for f in facts}
            first = {}
            for call in resolve(facts).calls:
                if not call.callee.startswith("<builtin>."):
                    first.setdefault((call.caller, call.callee), call)
            # "internal" if the callee's name starts with a ROOT module's (an external name that
            # shares a ROOT module's prefix, like http.cookiejar in scrapy, counts as internal)
            internal = sorted(c for c in first.values() if _under(c.callee, modules))
            external = sorted(c for c in first.values() if not _under(c.callee, modules))
            rng = random.Random(seed)
            picked = [(c, "internal") for c in rng.sample(internal, min(INTERNAL, len(internal)))]
            picked += [(c, "external") for c in rng.sample(external, min(EXTERNAL, len(external)))]
            for call, kind in sorted(picked, key=lambda p: p[0]):
                rows.append({
                    "codebase": name, "root": f"{name}/{name}", "caller": call.caller, "callee": call.callee,
                    "path": call.path, "line": call.line, "kind": kind, "verdict": "", "reason": "",
                })
    out.write_text(json.dumps(rows, indent=1) + "\n")
    print(f"wrote {len(rows)} edges to {out}")


def _under(name: str, modules: set[str]) -> bool:
    parts = name.split(".")
    return any(".".join(parts[:i]) in modules for i in range(1, len(parts) + 1))


def score(verdicts: Path) -> None:
    rows = json.loads(verdicts.read_text())
    counts = Counter(row["verdict"] for row in rows)
    total = len(rows)
    print(f"{total} edges: " + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))
    print(f"precision, runtime truth ('correct' only)       {counts['correct'] / total:.3f}")
    print(f"precision, by the conventions (+ 'allowed')     {(counts['correct'] + counts['allowed']) / total:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "sample":
        sample(int(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(Path(sys.argv[2]))
    else:
        sys.exit(__doc__)
