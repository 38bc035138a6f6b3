"""Shared kernel: configuration, database access, events, auth and friends."""

from .config import settings
from .logging import get_logger

__all__ = ["settings", "get_logger"]
