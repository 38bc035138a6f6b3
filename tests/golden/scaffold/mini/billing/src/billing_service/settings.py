"""Configuration: the only module that reads the environment template.yaml declares."""

from __future__ import annotations

import os

SERVICE = "billing"


def required(name: str) -> str:
    """The value of an environment variable template.yaml sets on this function."""
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: declare it on this function in template.yaml")
    return value
