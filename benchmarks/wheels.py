"""Fetch a project's wheel from the package index and unpack its Python files, for
benchmarks that analyze real code (never installed, never imported)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path


def fetch_package(requirement: str, package: str, workdir: Path) -> Path:
    """`pip download` the wheel of `requirement` into `workdir` and unpack the `.py` files
    of its top-level package `package`; return that package's folder."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version", "3.12", "--platform", "manylinux2014_x86_64", "--dest", str(workdir), requirement],
        check=True,
    )
    wheel = next(workdir.glob(f"{package}-*.whl"))
    target = workdir / package
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target, [n for n in archive.namelist() if n.startswith(f"{package}/") and n.endswith(".py")])
    return target / package
