"""Fixtures: moto plays AWS (no account, no network), with the resources of ../template.yaml."""

from __future__ import annotations

import pytest
from moto import mock_aws

import sam_harness

sam_harness.configure_environment()  # before any handler module reads it


@pytest.fixture(scope="session")
def _stack():
    """The template's tables and queues, created once in moto."""
    with mock_aws():
        sam_harness.create()
        yield


@pytest.fixture
def aws(_stack):
    """The stack, empty at the start of each test."""
    yield
    sam_harness.empty()
