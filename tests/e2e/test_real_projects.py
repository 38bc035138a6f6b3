"""Real projects from the package index, analyzed from their package folders through the
CLI: no internal error, no file skipped, and their imports of themselves by name resolve
to their own modules. Scrapy, celery, SQLAlchemy and pydantic each exposed a bug here
once. (Wheels are downloaded, never installed or imported.)"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli_support import migrate_kit

PROJECTS = {"flask": "flask==3.1.3", "scrapy": "scrapy==2.19.0", "celery": "celery==5.7.0",
            "sqlalchemy": "sqlalchemy==2.1.9", "pydantic": "pydantic==2.14.4", "tornado": "tornado==6.6.1"}


@pytest.fixture(scope="module")
def wheels(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version", "3.12", "--platform", "manylinux2014_x86_64", "--dest", str(folder),
         *PROJECTS.values()],
        check=True,
    )
    return folder


@pytest.mark.parametrize("name", PROJECTS)
def test_real_project_analyzes_cleanly(name, wheels, tmp_path):
    wheel = next(wheels.glob(f"{name}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path, [n for n in archive.namelist() if n.startswith(f"{name}/") and n.endswith(".py")])
    out = tmp_path / "out"
    result = migrate_kit("analyze", tmp_path / name, "-o", out, "--no-cache")
    assert result.returncode == 0, result.stderr + result.stdout
    graph = json.loads((out / "graph.json").read_text())
    assert graph["graph"]["skipped"] == []
    callgraph = json.loads((out / "callgraph.json").read_text())
    edges = [(caller, callee) for caller, callees in callgraph.items() for callee in callees]
    internal = [edge for edge in edges if edge[1] in callgraph]
    assert len(internal) > len(callgraph) // 4, "too few calls between the project's own functions"
    assert not [callee for _, callee in edges if callee.startswith(f"{name}.")], "self-imports taken as external"
