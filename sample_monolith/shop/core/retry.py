"""``retry`` decorator with exponential back-off for flaky integrations."""

from __future__ import annotations

import functools
import random
import time
from typing import Callable

from .logging import get_logger

logger = get_logger(__name__)


def retry(
    times: int = 3,
    exceptions: tuple[type[BaseException], ...] = (Exception,),
    base_delay: float = 0.2,
    max_delay: float = 5.0,
    jitter: bool = True,
) -> Callable[[Callable], Callable]:
    """Retry the wrapped call up to ``times`` attempts."""

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            attempt = 0
            while True:
                attempt += 1
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    if attempt >= times:
                        logger.error("%s failed after %d attempts", func.__qualname__, attempt)
                        raise
                    delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                    if jitter:
                        delay *= random.uniform(0.5, 1.5)
                    logger.warning("%s failed (%s); retry %d in %.2fs", func.__qualname__, exc, attempt, delay)
                    time.sleep(delay)

        wrapper.max_attempts = times
        return wrapper

    return decorator
