import threading
import time

import redis

from .settings import settings


class MemoryCache:
    def __init__(self):
        self._data = {}
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value, expires = self._data.get(key, (None, 0))
        return value if expires > time.time() else None

    def set(self, key, value, ttl=300):
        with self._lock:
            self._data[key] = (value, time.time() + ttl)


class RedisCache:
    def __init__(self, url):
        self.client = redis.Redis.from_url(url)

    def get(self, key):
        raw = self.client.get(key)
        return None if raw is None else raw.decode()

    def set(self, key, value, ttl=300):
        self.client.setex(key, ttl, value)


cache = MemoryCache()


def configure(url=None):
    global cache
    url = url or settings.cache_url
    if url.startswith("redis://"):
        cache = RedisCache(url)
    return cache
