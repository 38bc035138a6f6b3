import json
import time


class LoggingMixin:
    log_prefix = "svc"

    def log(self, message, **fields):
        line = self.format_log(message, fields)
        print(line)

    def format_log(self, message, fields):
        return f"[{self.log_prefix}] {message} {json.dumps(fields, sort_keys=True)}"


class TimingMixin:
    def timed(self, label, fn, *args):
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.log(f"{label} took {time.perf_counter() - start:.3f}s")


class CacheMixin:
    cache_ttl = 60

    def cache_key(self, *parts):
        return ":".join([self.log_prefix, *map(str, parts)])

    def cached(self, key, compute):
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        value = compute()
        self.cache.set(key, value, self.cache_ttl)
        return value
