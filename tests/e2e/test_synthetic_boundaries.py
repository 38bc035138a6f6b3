"""On synthetic monoliths with meaningless names (benchmarks/synthetic.py), the
proposal recovers the planted services and beats plain Louvain on the import
graph; benchmarks/boundaries_bench.py runs the full grid and prints the figures."""

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _bench():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("boundaries_bench", BENCH / "boundaries_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "config",
    [
        dict(domains=8, modules_per_domain=8, crossing=0.15, layout="flat", seed=900),
        dict(domains=6, modules_per_domain=10, crossing=0.2, layout="scrambled", seed=901),
        dict(domains=10, modules_per_domain=6, crossing=0.1, layout="packages", seed=902),
    ],
)
def test_planted_services_are_recovered(tmp_path, config):
    bench = _bench()
    synthetic = bench._synthetic()
    truth = synthetic.generate(synthetic.Spec(meaningless_names=True, **config), tmp_path / "root")
    bench.run(tmp_path / "root", tmp_path / "out")
    ours, baseline = bench.proposal_partition(tmp_path / "out"), bench.baseline_partition(tmp_path / "out")
    assert bench.ari(ours, truth) >= 0.8
    assert bench.mojofm(ours, truth) >= 88
    assert bench.ari(ours, truth) > bench.ari(baseline, truth) + 0.1
