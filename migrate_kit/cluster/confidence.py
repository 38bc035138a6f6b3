"""How stably modules stay together: re-run the clustering with other seeds and
count, for each pair of modules in the same proposed service, how often they
land in the same group."""

from __future__ import annotations

from collections.abc import Callable

RUNS = 10


def module_confidence(groups: list[list[str]], cluster: Callable[[int], list[list[str]]], seed: int) -> dict[str, float]:
    """Per module: the mean share of runs that keep it with each other member of its
    service (for a service of one, the share of runs that leave it alone)."""
    runs = [cluster(seed + 1 + i) for i in range(RUNS)]
    where_per_run = [{m: i for i, g in enumerate(run) for m in g} for run in runs]
    confidence = {}
    for group in groups:
        for module in group:
            mates = [m for m in group if m != module]
            if not mates:
                alone = sum(1 for where in where_per_run if _alone(module, where))
                confidence[module] = alone / RUNS
                continue
            together = 0.0
            for where in where_per_run:
                mine = where.get(module)
                together += sum(1 for m in mates if mine is not None and where.get(m) == mine) / len(mates)
            confidence[module] = together / RUNS
    return confidence


def _alone(module: str, where: dict[str, int]) -> bool:
    mine = where.get(module)
    return mine is None or sum(1 for g in where.values() if g == mine) == 1
