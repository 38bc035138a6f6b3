"""Structural validator for the hand-written call-graph suite.

It does NOT compute edges. It only checks that each case's callgraph.json
  * parses, has sorted keys and sorted, duplicate-free callee lists,
  * has exactly one key per module / class / function / method / lambda
    defined under the case folder (naming conventions from README.md),
  * only names ROOT callees that exist as keys (catches typos).
Usage: python3 validate_suite.py [case_dir ...]
"""
import ast
import json
import pathlib
import sys

SUITE = pathlib.Path(__file__).resolve().parent


def module_name(root, path):
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


class Defs(ast.NodeVisitor):
    def __init__(self, modname):
        self.names = {modname}
        self.stack = [modname]
        self.lambda_counts = {modname: 0}

    def _scope(self, node, name):
        q = f"{self.stack[-1]}.{name}"
        self.names.add(q)
        # decorators, defaults and bases are evaluated in the enclosing scope
        for d in getattr(node, "decorator_list", []):
            self.visit(d)
        if isinstance(node, ast.ClassDef):
            for b in node.bases + [k.value for k in node.keywords]:
                self.visit(b)
        elif isinstance(node, ast.Lambda):
            for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.visit(d)
        else:
            for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self.visit(d)
        self.stack.append(q)
        self.lambda_counts.setdefault(q, 0)
        body = node.body if isinstance(node.body, list) else [node.body]
        for stmt in body:
            self.visit(stmt)
        self.stack.pop()

    def visit_FunctionDef(self, node):
        self._scope(node, node.name)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._scope(node, node.name)

    def visit_Lambda(self, node):
        cur = self.stack[-1]
        self.lambda_counts[cur] = self.lambda_counts.get(cur, 0) + 1
        self._scope(node, f"<lambda{self.lambda_counts[cur]}>")


def expected_keys(root):
    keys = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        v = Defs(module_name(root, path))
        for stmt in tree.body:
            v.visit(stmt)
        keys |= v.names
    return keys


def check(case):
    problems = []
    data = json.loads((case / "callgraph.json").read_text())
    keys = list(data)
    if keys != sorted(keys):
        problems.append("keys not sorted")
    for k, v in data.items():
        if v != sorted(set(v)):
            problems.append(f"{k}: callees not sorted/unique")
    exp = expected_keys(case)
    for k in sorted(exp - set(data)):
        problems.append(f"missing key {k}")
    for k in sorted(set(data) - exp):
        problems.append(f"unexpected key {k}")
    tops = {k.split(".")[0] for k in exp}
    for k, v in data.items():
        for c in v:
            if c.split(".")[0] in tops and c not in exp:
                problems.append(f"{k}: callee {c} looks like ROOT but is not defined")
    if not (case / "README.md").exists():
        problems.append("README.md missing")
    return problems


def main(argv):
    cases = [pathlib.Path(a) for a in argv] or sorted(p for p in SUITE.iterdir() if p.is_dir() and p.name[:2].isdigit())
    bad = 0
    for case in cases:
        probs = check(case)
        n_edges = sum(len(v) for v in json.loads((case / "callgraph.json").read_text()).values())
        lines = sum(len(p.read_text().splitlines()) for p in case.rglob("*.py"))
        status = "ok" if not probs else "FAIL"
        print(f"{case.name:45s} {status:4s} lines={lines:4d} edges={n_edges:4d}")
        for p in probs:
            print("    ", p)
        bad += bool(probs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
