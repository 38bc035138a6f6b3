"""Totals for the suite README: cases, .py files, lines, keys and expected edges.

An edge goes to ROOT code if the callee is a key of the same case, to a builtin if it
starts with "<builtin>.", and to an external library otherwise.
Usage: python3 count_suite.py
"""
import json
import pathlib

SUITE = pathlib.Path(__file__).resolve().parent

cases = sorted(p for p in SUITE.iterdir() if p.is_dir() and p.name[:2].isdigit())
files = lines = keys = root = ext = builtin = 0
for case in cases:
    graph = json.loads((case / "callgraph.json").read_text())
    pys = sorted(case.rglob("*.py"))
    files += len(pys)
    lines += sum(len(p.read_text().splitlines()) for p in pys)
    keys += len(graph)
    for callees in graph.values():
        for callee in callees:
            if callee.startswith("<builtin>."):
                builtin += 1
            elif callee in graph:
                root += 1
            else:
                ext += 1
print(f"cases={len(cases)} py_files={files} lines={lines} keys={keys} "
      f"edges={root + ext + builtin} root={root} external={ext} builtin={builtin}")
