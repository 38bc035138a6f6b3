"""benchmarks/synthetic.py: synthetic monoliths with planted services and their ground truth."""

from __future__ import annotations

import ast
import importlib.util
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

_PATH = Path(__file__).parents[2] / "benchmarks" / "synthetic.py"
_spec = importlib.util.spec_from_file_location("synthetic", _PATH)
synthetic = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("synthetic", synthetic)
_spec.loader.exec_module(synthetic)
Spec = synthetic.Spec

LAYOUTS = ("packages", "flat", "scrambled")


def module_names(root: Path) -> dict[str, Path]:
    """{dotted module name: file} for every .py under root (a package is named by its folder)."""
    out = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> modules it imports (top level or inside functions), relative imports resolved."""
    mods = module_names(root)
    deps: dict[str, set[str]] = defaultdict(set)
    for name, path in mods.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps[name] |= {a.name for a in node.names if a.name in mods}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module
                for alias in node.names:
                    full = f"{source}.{alias.name}"
                    if full in mods:
                        deps[name].add(full)
                    elif source in mods:
                        deps[name].add(source)
    return deps


@pytest.fixture(scope="module")
def default_monolith(tmp_path_factory) -> tuple[Path, dict[str, str], dict[str, int]]:
    root = tmp_path_factory.mktemp("default")
    truth, stats = synthetic.generate_with_stats(Spec(), root)
    return root, truth, stats


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_file_parses_and_the_truth_covers_exactly_the_files(tmp_path, layout):
    truth = synthetic.generate(Spec(layout=layout, seed=3), tmp_path)
    mods = module_names(tmp_path)
    assert set(mods) == set(truth)
    for path in mods.values():
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert all(name == "app" or name.startswith("app.") for name in truth)
    assert truth["app"] == "shared"


def test_domain_count_and_sizes_match_the_spec(tmp_path):
    spec = Spec(domains=6, modules_per_domain=10, shared_modules=4, seed=11)
    truth = synthetic.generate(spec, tmp_path)
    mods = module_names(tmp_path)
    plain = {name: label for name, label in truth.items() if mods[name].name != "__init__.py"}
    sizes = Counter(label for label in plain.values() if label != "shared")
    assert sorted(sizes) == [f"d{i}" for i in range(6)]
    lo, hi = max(synthetic.MIN_DOMAIN_SIZE, math.ceil(10 * 0.5)), math.floor(10 * 1.5)
    assert all(lo <= n <= hi for n in sizes.values()), sizes
    assert sum(sizes.values()) == 6 * 10  # sizes vary in symmetric pairs around the average
    assert Counter(plain.values())["shared"] == 4 + 2  # utilities + app factory + Celery app


def test_sizes_never_drop_below_the_minimal_domain(tmp_path):
    truth = synthetic.generate(Spec(domains=4, modules_per_domain=2, seed=1), tmp_path)
    mods = module_names(tmp_path)
    sizes = Counter(label for name, label in truth.items() if label != "shared" and mods[name].name != "__init__.py")
    assert len(sizes) == 4 and min(sizes.values()) == synthetic.MIN_DOMAIN_SIZE


def test_same_spec_gives_identical_files(tmp_path):
    spec = Spec(domains=5, layout="scrambled", seed=42)
    first = synthetic.generate(spec, tmp_path / "a")
    second = synthetic.generate(spec, tmp_path / "b")
    assert first == second
    files_a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.py")}
    files_b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.py")}
    assert files_a == files_b
    other = synthetic.generate(Spec(domains=5, layout="scrambled", seed=43), tmp_path / "c")
    assert other != first


def test_packages_layout_has_one_package_per_domain(default_monolith):
    root, truth, _ = default_monolith
    mods = module_names(root)
    packages = defaultdict(set)
    for name, label in truth.items():
        if label != "shared" and mods[name].name != "__init__.py":
            packages[label].add(name.rpartition(".")[0])
    assert all(len(p) == 1 for p in packages.values())
    for label, (package,) in packages.items():
        assert truth[package] == label  # the package __init__ belongs to the domain
    assert len({p for ps in packages.values() for p in ps}) == len(packages)


def test_flat_layout_puts_every_module_in_one_package(tmp_path):
    truth = synthetic.generate(Spec(layout="flat", seed=2), tmp_path)
    assert {name.count(".") for name in truth if name != "app"} == {1}
    assert truth == {**truth, "app": "shared"}


def test_scrambled_packages_do_not_match_domains(tmp_path):
    truth = synthetic.generate(Spec(layout="scrambled", seed=4), tmp_path)
    by_package, by_domain = defaultdict(set), defaultdict(set)
    for name, label in truth.items():
        if label != "shared":
            by_package[name.rpartition(".")[0]].add(label)
            by_domain[label].add(name.rpartition(".")[0])
    assert all(len(labels) >= 2 for labels in by_package.values())
    assert all(len(packages) >= 2 for packages in by_domain.values())
    inits = [name for name, path in module_names(tmp_path).items() if path.name == "__init__.py"]
    assert all(truth[name] == "shared" for name in inits)


def _identifiers(root: Path) -> set[str]:
    """Module and package names, function, class and table names."""
    names: set[str] = set()
    for path in root.rglob("*.py"):
        names |= set(path.relative_to(root).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__tablename__" for t in node.targets):
                names.add(node.value.value)
    return names


def _hint_words(domains: int) -> list[str]:
    words = [w for entry in synthetic.DOMAIN_WORDS for w in entry[:2]]
    return words + [f"d{i}" for i in range(domains)] + ["shared"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_meaningless_names_carry_no_domain_hint(tmp_path, layout):
    synthetic.generate(Spec(layout=layout, seed=7), tmp_path)
    names = _identifiers(tmp_path)
    leaks = sorted(n for n in names for w in _hint_words(8) if w in n.lower())
    assert not leaks


def test_readable_names_do_name_the_domains(tmp_path):
    synthetic.generate(Spec(domains=3, meaningless_names=False, seed=7), tmp_path)
    assert {"orders", "billing", "catalog"} <= {p.name for p in (tmp_path / "app").iterdir()}
    assert any("order" in n for n in _identifiers(tmp_path))


def test_flask_sqlalchemy_celery_shapes(default_monolith):
    root, truth, _ = default_monolith
    text = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    assert text.count("Base = declarative_base()") == 1
    assert "from sqlalchemy.orm import declarative_base" in text
    assert text.count("app.register_blueprint(") == 8
    assert re.search(r"^celery = Celery\($", text, re.M)
    for needle in ("__tablename__ = ", "Column(Integer, primary_key=True)", "ForeignKey(\"", ".add(", ".query(",
                   ".filter(", ").update(", ".delete(obj)", "Blueprint(", "@bp.route(", "@celery.task", ".delay(",
                   "@functools.wraps(func)"):
        assert needle in text, needle


def test_shared_code_is_the_most_popular_and_calls_no_domain(default_monolith):
    root, truth, _ = default_monolith
    deps = import_graph(root)
    fan_in_domains = defaultdict(set)
    for source, targets in deps.items():
        for target in targets:
            if truth[source] != "shared":
                fan_in_domains[target].add(truth[source])
    mods = module_names(root)
    worker = [m for m in truth if "celery = Celery(" in mods[m].read_text(encoding="utf-8")]
    assert len(worker) == 1  # the Celery app, imported by the tasks modules
    utilities = [m for m, label in truth.items() if label == "shared" and m in fan_in_domains and m not in worker]
    assert len(utilities) == Spec().shared_modules
    assert all(len(fan_in_domains[m]) == 8 for m in utilities)  # used from every domain
    fan_in = Counter(t for targets in deps.values() for t in targets)
    top = [m for m, _ in fan_in.most_common(len(utilities))]
    assert sorted(top) == sorted(utilities)
    wiring = {m for m in truth if truth[m] == "shared" and any(truth[t] != "shared" for t in deps[m])}
    assert len(wiring) == 1  # only the app factory (blueprints) reaches into domains
    (factory,) = wiring
    assert "register_blueprint" in mods[factory].read_text(encoding="utf-8")


def test_domains_are_dense_inside(default_monolith):
    root, truth, _ = default_monolith
    deps = import_graph(root)
    mods = module_names(root)
    for name, label in truth.items():
        if label == "shared" or mods[name].name == "__init__.py":
            continue
        same = [t for t in deps[name] if truth[t] == label]
        text = mods[name].read_text(encoding="utf-8")
        if "__tablename__" in text:
            assert not same  # models are leaves
        elif ".add(obj)" in text:
            assert 1 <= len(same) <= 2  # a repository imports its models (and sometimes its tasks)
        else:
            assert 2 <= len(same) <= 5, (name, same)  # 2-4, plus a tasks module when a task needed a caller


def test_crossing_share_is_planted(default_monolith):
    _, _, stats = default_monolith
    share = stats["cross_calls"] / (stats["cross_calls"] + stats["intra_calls"])
    assert abs(share - Spec().crossing) < 0.02
    assert stats["cross_fire"] + stats["cross_delay"] > 0 and stats["cross_use"] > 0
    assert 1 <= stats["foreign_writes"] <= 2
    assert stats["foreign_reads"] == round(Spec().crossing / 3 * 8 * 7)


def test_no_crossing_means_no_cross_domain_dependency(tmp_path):
    truth = synthetic.generate(Spec(crossing=0.0, seed=5), tmp_path)
    deps = import_graph(tmp_path)
    for source, targets in deps.items():
        if truth[source] != "shared":
            assert {truth[t] for t in targets} <= {truth[source], "shared"}


@pytest.mark.parametrize("bad", [dict(domains=0), dict(crossing=1.0), dict(layout="nested"), dict(shared_modules=0)])
def test_bad_specs_are_refused(tmp_path, bad):
    with pytest.raises(ValueError):
        synthetic.generate(Spec(**bad), tmp_path)


def test_cli_writes_the_monolith_and_the_ground_truth_next_to_it(tmp_path, capsys):
    out = tmp_path / "out"
    code = synthetic.main([str(out), "--domains", "3", "--modules-per-domain", "5", "--crossing", "0.2",
                           "--layout", "flat", "--seed", "9", "--readable-names"])
    assert code == 0
    truth = json.loads((out / "ground_truth.json").read_text(encoding="utf-8"))
    assert set(truth) == set(module_names(out))
    assert set(truth.values()) == {"d0", "d1", "d2", "shared"}
    assert (out / "app" / "orders_models.py").exists()
    assert "modules" in capsys.readouterr().out
    assert synthetic.main([str(out)]) == 2  # refuses to write over an existing monolith
