"""A two-service monolith built by hand, small enough to check every number."""

from __future__ import annotations

import networkx as nx

from migrate_kit.model.boundaries import Conflict, Interface, PlanStep, Proposal, Service
from migrate_kit.model.facts import ParseFailure


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for name, path, loc in [
        ("shop.a", "shop/a/__init__.py", 100), ("shop.a.api", "shop/a/api.py", 50),
        ("shop.b", "shop/b/__init__.py", 30), ("shop.b.jobs", "shop/b/jobs.py", 20),
        ("shop.util", "shop/util.py", 10),
    ]:
        g.add_node(name, kind="module", path=path, line=1, module=name, loc=loc, doc=f"The {name} module.")
    g.add_node("shop.a.api.create", kind="function", path="shop/a/api.py", line=8, module="shop.a.api",
               entry={"kind": "http", "method": "POST", "path": "/items", "framework": "flask"})
    g.add_node("shop.b.jobs.run", kind="function", path="shop/b/jobs.py", line=4, module="shop.b.jobs",
               entry={"kind": "task", "method": None, "path": "jobs.run", "framework": "celery"})
    g.add_node("shop.b.jobs.helper", kind="function", path="shop/b/jobs.py", line=20, module="shop.b.jobs")
    g.add_node("shop.a.Item", kind="entity", table="items", framework="django", path="shop/a/__init__.py",
               line=5, module="shop.a", fields=[])
    g.add_node("table:audit", kind="entity", table="audit", framework="sql", path="shop/b/jobs.py", line=6, fields=[])
    for name, package in [("requests", "requests"), ("os.path", "os"), ("celery", "celery")]:
        g.add_node(name, kind="external", package=package)
    g.add_edge("shop.a.api", "requests", key="import", kind="import", count=1, type_only=False)
    g.add_edge("shop.a.api", "os.path", key="import", kind="import", count=1, type_only=False)
    g.add_edge("shop.b.jobs", "celery", key="import", kind="import", count=1, type_only=False)
    write = {"kind": "data_write", "count": 1, "uncertain": False}
    g.add_edge("shop.a.api.create", "shop.a.Item", key="data_write", **write, how=["objects.create"],
               sites=["shop/a/api.py:9"])
    g.add_edge("shop.b.jobs.run", "shop.a.Item", key="data_write", **write, how=["SQL UPDATE"],
               sites=["shop/b/jobs.py:5"])
    g.add_edge("shop.b.jobs.run", "table:audit", key="data_write", **write, how=["SQL INSERT"],
               sites=["shop/b/jobs.py:6"])
    g.add_edge("shop.a.api.create", "table:audit", key="data_read", kind="data_read", count=1, uncertain=False,
               how=["SQL SELECT"], sites=["shop/a/api.py:10"])
    g.add_edge("shop.util", "shop.a.Item", key="data_read", kind="data_read", count=1, uncertain=False,
               how=["objects.filter"], sites=["shop/util.py:3"])
    return g


def small_proposal() -> Proposal:
    return Proposal(
        root="../shop",
        seed=0,
        services=(
            Service("a", ("shop.a", "shop.a.api"), ("shop.a.Item",), 0.9),
            Service("b", ("shop.b", "shop.b.jobs"), ("table:audit",), 0.5, new_modules=("shop.b.jobs",)),
        ),
        shared_kernel=("shop.util",),
        kernel_reasons={"shop.util": "used from 2 of 2 groups of modules"},
        interfaces=(
            Interface("a", "b", "shop.b.jobs.helper", "sync", ("shop/a/api.py:14",)),
            Interface("a", "b", "shop.b.jobs.run", "async", ("shop/a/api.py:10", "shop/a/api.py:12")),
            Interface("b", "a", "shop.a.api.create", "sync", ("shop/b/jobs.py:5",)),
        ),
        conflicts=(
            Conflict("shared_write", ("a", "b"), entity="shop.a.Item",
                     writers=("a: shop.a.api.create", "b: shop.b.jobs.run")),
            Conflict("cycle", ("a", "b"), break_edges=(("b", "a", 1), )),
        ),
        metrics={"modularity": 0.6789, "icp": 0.25, "ifn": 1.5, "cross_service_call_sites": 4, "custom": 2},
        plan=(PlanStep(1, "b", "no inbound sync calls"), PlanStep(2, "a", "the last part of the monolith")),
    )


def small_skipped() -> list[ParseFailure]:
    return [ParseFailure("z.py", 3, "syntax error"), ParseFailure("a-b.py", 1, "not importable")]
