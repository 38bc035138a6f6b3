import functools
import logging
import time

logger = logging.getLogger("perf")


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            logger.debug("%s took %.1fms", func.__name__, (time.perf_counter() - start) * 1000)

    return wrapper


def log_errors(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception:
            logger.exception("error in %s", func.__qualname__)
            raise

    return wrapper


def deprecated(func):
    func.__deprecated__ = True
    return func
