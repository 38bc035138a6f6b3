"""Precision and recall of data entities, reads/writes, relations and entry points
against a hand-checked project the analyzer was not written against.

    python benchmarks/data_accuracy.py [-v]

benchmarks/data_suite/project is a library-network monolith mixing Django,
SQLAlchemy (classic and 2.0), raw SQL, FastAPI, Flask, Celery, click and typer;
benchmarks/data_suite/expected.json holds the answers, worked out by hand by
someone who never saw migrate-kit's code (conventions in its README).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from migrate_kit.data.analysis import analyze_data
from migrate_kit.discover import discover
from migrate_kit.extract.parallel import extract_all
from migrate_kit.resolve import resolve

SUITE = Path(__file__).resolve().parent / "data_suite"


def found_sets(root: Path) -> dict[str, set]:
    facts = analyze_data(resolve(extract_all(discover(root).files, jobs=1, cache=None).facts))
    return {
        "entities": {(e.name, e.table, e.framework) for e in facts.entities},
        "accesses": {(a.scope, a.entity, a.kind) for a in facts.accesses},
        "relations": {(r.source, r.target) for r in facts.relations},
        "entries": {(e.function, e.kind, e.method, e.path) for e in facts.entries},
    }


def expected_sets(path: Path) -> dict[str, set]:
    data = json.loads(path.read_text())
    return {
        "entities": {(name, e["table"], e["framework"]) for name, e in data["entities"].items()},
        "accesses": {tuple(a) for a in data["accesses"]},
        "relations": {tuple(r) for r in data["relations"]},
        "entries": {tuple(e) for e in data["entries"]},
    }


def scores(found: dict[str, set], expected: dict[str, set]) -> dict[str, tuple[float, float, set, set]]:
    result = {}
    for kind, want in expected.items():
        got = found[kind]
        hits = len(got & want)
        result[kind] = (hits / len(got) if got else 1.0, hits / len(want) if want else 1.0, got - want, want - got)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list extra and missing items")
    args = parser.parse_args()
    result = scores(found_sets(SUITE / "project"), expected_sets(SUITE / "expected.json"))
    for kind, (precision, recall, extra, missing) in result.items():
        print(f"{kind:10} precision {precision:.3f}  recall {recall:.3f}  (extra {len(extra)}, missing {len(missing)})")
        if args.verbose:
            for item in sorted(extra, key=str):
                print(f"    + {item}")
            for item in sorted(missing, key=str):
                print(f"    - {item}")


if __name__ == "__main__":
    main()
