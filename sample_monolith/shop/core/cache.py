"""Process-local TTL cache with a ``cached`` decorator (Redis in production)."""

from __future__ import annotations

import functools
import time
from typing import Any, Callable, Hashable

from .config import settings

try:
    import redis

    _redis = redis.Redis.from_url(settings.redis_url)
except ImportError:  # pragma: no cover
    _redis = None


class TTLCache:
    def __init__(self, default_ttl: int = 300, max_entries: int = 10_000) -> None:
        self.default_ttl = default_ttl
        self.max_entries = max_entries
        self._data: dict[Hashable, tuple[float, Any]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, default: Any = None) -> Any:
        entry = self._data.get(key)
        if entry is None or entry[0] < time.monotonic():
            self._data.pop(key, None)
            self.misses += 1
            return default
        self.hits += 1
        return entry[1]

    def set(self, key: Hashable, value: Any, ttl: int | None = None) -> None:
        if len(self._data) >= self.max_entries:
            oldest = min(self._data, key=lambda k: self._data[k][0])
            del self._data[oldest]
        self._data[key] = (time.monotonic() + (ttl or self.default_ttl), value)

    def delete_prefix(self, prefix: str) -> int:
        doomed = [k for k in self._data if isinstance(k, tuple) and str(k[0]).startswith(prefix)]
        for key in doomed:
            del self._data[key]
        return len(doomed)

    @property
    def hit_ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


cache = TTLCache(default_ttl=settings.cache_ttl_seconds)


def cached(ttl: int | None = None, key_prefix: str | None = None) -> Callable[[Callable], Callable]:
    """Memoise a function's result for ``ttl`` seconds keyed by its arguments."""

    def decorator(func: Callable) -> Callable:
        prefix = key_prefix or f"{func.__module__}.{func.__qualname__}"

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = (prefix, args, tuple(sorted(kwargs.items())))
            sentinel = object()
            value = cache.get(key, sentinel)
            if value is sentinel:
                value = func(*args, **kwargs)
                cache.set(key, value, ttl)
            return value

        wrapper.invalidate = lambda: cache.delete_prefix(prefix)
        return wrapper

    return decorator


def invalidate(prefix: str) -> int:
    return cache.delete_prefix(prefix)
