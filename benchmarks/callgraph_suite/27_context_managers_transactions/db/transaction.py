import contextlib
import logging
import time

log = logging.getLogger(__name__)


class TransactionError(RuntimeError):
    pass


class Transaction:
    def __init__(self, connection):
        self.connection = connection
        self.savepoints = []

    def __enter__(self):
        self.connection.execute("BEGIN")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.connection.execute("COMMIT")
        else:
            self.connection.execute("ROLLBACK")
            log.warning("rolled back: %s", exc)
        return False

    def savepoint(self, name):
        self.connection.execute(f"SAVEPOINT {name}")
        self.savepoints.append(name)


@contextlib.contextmanager
def timed_block(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        log.info("%s finished in %.3fs", label, time.perf_counter() - start)


class Lock:
    def __init__(self, redis_client, key, ttl=30):
        self.redis = redis_client
        self.key = key
        self.ttl = ttl

    def __enter__(self):
        if not self.redis.set(self.key, "1", nx=True, ex=self.ttl):
            raise TransactionError(f"lock {self.key} is held")
        return self

    def __exit__(self, *exc_info):
        self.redis.delete(self.key)
