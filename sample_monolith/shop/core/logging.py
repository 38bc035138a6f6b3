"""Logging helpers. Every module does ``logger = get_logger(__name__)``."""

from __future__ import annotations

import logging
import sys

_CONFIGURED = False
LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def configure(level: int = logging.INFO) -> None:
    global _CONFIGURED
    if _CONFIGURED:
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger("shop")
    root.addHandler(handler)
    root.setLevel(level)
    _CONFIGURED = True


def get_logger(name: str) -> logging.Logger:
    configure()
    if not name.startswith("shop"):
        name = f"shop.{name}"
    return logging.getLogger(name)


class LogContext:
    """Attach key/value pairs to every log record emitted inside the block."""

    def __init__(self, logger: logging.Logger, **fields: object) -> None:
        self.logger = logger
        self.fields = fields
        self._old_factory = None

    def __enter__(self) -> "LogContext":
        self._old_factory = logging.getLogRecordFactory()
        old = self._old_factory
        fields = self.fields

        def factory(*args, **kwargs):
            record = old(*args, **kwargs)
            for key, value in fields.items():
                setattr(record, key, value)
            return record

        logging.setLogRecordFactory(factory)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        logging.setLogRecordFactory(self._old_factory)
        return False
