"""A large generated monolith for the report: ~2,000 modules in 40 services, built
directly as a graph and a proposal (clustering it would only test clustering)."""

from __future__ import annotations

import random

import networkx as nx

from migrate_kit.cluster.crossings import cycles
from migrate_kit.cluster.plan import extraction_plan
from migrate_kit.model.boundaries import ASYNC, SYNC, Conflict, Interface, Proposal, Service

WORDS = ["billing", "catalog", "search", "ledger", "identity", "shipping", "pricing", "reviews", "inventory", "audit"]
PACKAGES = ["requests", "boto3", "sqlalchemy", "celery", "redis", "pydantic", "stripe", "jinja2"]


def large_case(modules: int = 2000, services: int = 40, kernel: int = 80, seed: int = 0) -> tuple[nx.MultiDiGraph, Proposal]:
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    names = [f"{WORDS[i % len(WORDS)]}-{i:02d}" for i in range(services)]
    members: dict[str, list[str]] = {name: [] for name in names}
    kernel_modules = [f"app.core.util{i:03d}" for i in range(kernel)]
    for i in range(modules - kernel):
        service = names[i % services]
        members[service].append(f"app.{service.replace('-', '_')}.mod{i:04d}")
    for module in kernel_modules + [m for ms in members.values() for m in ms]:
        path = module.replace(".", "/") + ".py"
        graph.add_node(module, kind="module", path=path, line=1, module=module, loc=rng.randint(20, 600),
                       doc=f"Module {module}: does one thing well.")
        for f in range(3):
            function = f"{module}.handler{f}"
            graph.add_node(function, kind="function", path=path, line=10 + 20 * f, module=module)
            graph.add_edge(module, function, key="contains", kind="contains", count=1)
        package = rng.choice(PACKAGES)
        graph.add_node(package, kind="external", package=package)
        graph.add_edge(module, package, key="import", kind="import", count=1, type_only=False)
    for service, ms in members.items():
        for j, module in enumerate(ms[:4]):
            graph.nodes[f"{module}.handler0"]["entry"] = {
                "kind": "http", "method": "GET", "path": f"/{service}/{j}", "framework": "flask"}
    entities: dict[str, list[str]] = {}
    for service, ms in members.items():
        entities[service] = []
        for e in range(5):
            entity = f"{ms[0]}.Model{e}"
            graph.add_node(entity, kind="entity", table=f"{service.replace('-', '_')}_t{e}", framework="django",
                           path=ms[0].replace(".", "/") + ".py", line=100 + e, module=ms[0], fields=[])
            graph.add_edge(f"{ms[1]}.handler1", entity, key="data_write", kind="data_write", count=1,
                           sites=[f"{ms[1].replace('.', '/')}.py:30"], how=["objects.create"], uncertain=False)
            entities[service].append(entity)
    interfaces = _interfaces(rng, names, members)
    for other in rng.sample(names, 6):  # a few services also write another's data
        victim = names[(names.index(other) + 1) % services]
        target = entities[victim][0]
        graph.add_edge(f"{members[other][2]}.handler2", target, key="data_write", kind="data_write", count=1,
                       sites=[f"{members[other][2].replace('.', '/')}.py:50"], how=["SQL UPDATE"], uncertain=False)
    shared = [
        Conflict("shared_write", tuple(sorted({other, names[(names.index(other) + 1) % services]})),
                 entity=entities[names[(names.index(other) + 1) % services]][0],
                 writers=(f"{other}: {members[other][2]}.handler2",))
        for other in sorted(rng.sample(names, 6))
    ]
    conflicts = shared + cycles(interfaces)
    proposal = Proposal(
        root="../big", seed=seed,
        services=tuple(Service(n, tuple(sorted(members[n])), tuple(sorted(entities[n])), round(rng.uniform(0.4, 1), 2))
                       for n in names),
        shared_kernel=tuple(kernel_modules),
        kernel_reasons={m: "used from 30 of 40 groups of modules" for m in kernel_modules},
        interfaces=tuple(interfaces),
        conflicts=tuple(conflicts),
        metrics={"modularity": 0.5, "structural_modularity": 0.1, "icp": 0.2, "ifn": 12.5, "ned": 0.0, "bcp": 0.6,
                 "cross_service_call_sites": sum(len(i.call_sites) for i in interfaces)},
        plan=tuple(extraction_plan(names, interfaces, conflicts)),
    )
    return graph, proposal


def _interfaces(rng: random.Random, names: list[str], members: dict[str, list[str]]) -> list[Interface]:
    """Each service calls a few others near it (a realistic, sparse-ish service graph),
    through several functions each."""
    found = {}
    for i, service in enumerate(names):
        partners = rng.sample([names[(i + k) % len(names)] for k in range(1, 8)], rng.randint(2, 5))
        for _ in range(28):
            target_service = rng.choice(partners)
            target = f"{rng.choice(members[target_service])}.handler{rng.randint(0, 2)}"
            caller = rng.choice(members[service]).replace(".", "/")
            sites = tuple(sorted({f"{caller}.py:{rng.randint(1, 400)}" for _ in range(rng.randint(1, 4))}))
            found[(service, target_service, target)] = Interface(
                service, target_service, target, rng.choice([SYNC, SYNC, ASYNC]), sites)
    return [found[k] for k in sorted(found)]
