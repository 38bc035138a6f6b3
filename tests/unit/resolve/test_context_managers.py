"""`with` statements: the context-manager protocol and `@contextmanager` generators."""

from tests.support import edges_of, internal_edges


def test_with_class_instance_as_target(tmp_path):
    """`with Transaction() as tx:` calls `__init__`, `__enter__`, `__exit__`; tx is what `__enter__` returns."""
    edges = internal_edges(
        tmp_path,
        {
            "db.py": """
                class Transaction:
                    def __init__(self):
                        self.done = False

                    def __enter__(self):
                        return self

                    def __exit__(self, exc_type, exc, tb):
                        if exc_type is not None:
                            self.rollback()
                        return False

                    def commit(self):
                        self.done = True

                    def rollback(self):
                        self.done = False

                def transfer():
                    with Transaction() as tx:
                        tx.commit()
            """,
        },
    )
    assert edges == {
        ("db.transfer", "db.Transaction.__init__"),
        ("db.transfer", "db.Transaction.__enter__"),
        ("db.transfer", "db.Transaction.__exit__"),
        ("db.transfer", "db.Transaction.commit"),
        ("db.Transaction.__exit__", "db.Transaction.rollback"),
    }


def test_enter_returning_another_object(tmp_path):
    """`with Pool() as conn:` binds conn to the object `__enter__` returns."""
    edges = internal_edges(
        tmp_path,
        {
            "pool.py": """
                class Connection:
                    def execute(self, sql):
                        return sql

                class Pool:
                    def __enter__(self):
                        return Connection()

                    def __exit__(self, *exc):
                        return False

                    def execute(self, sql):
                        return None

                def query(sql):
                    with Pool() as conn:
                        return conn.execute(sql)
            """,
        },
    )
    assert edges == {
        ("pool.query", "pool.Pool.__enter__"),
        ("pool.query", "pool.Pool.__exit__"),
        ("pool.query", "pool.Connection.execute"),
    }


def test_with_without_target_and_stored_instance(tmp_path):
    """`with lock:` on an instance in a variable calls `__enter__` and `__exit__`."""
    edges = internal_edges(
        tmp_path,
        {
            "locks.py": """
                class Lock:
                    def __enter__(self):
                        return None

                    def __exit__(self, *exc):
                        return False

                def work():
                    return 1

                LOCK = Lock()

                def critical():
                    with LOCK:
                        work()
            """,
        },
    )
    assert edges == {
        ("locks.critical", "locks.Lock.__enter__"),
        ("locks.critical", "locks.Lock.__exit__"),
        ("locks.critical", "locks.work"),
    }


def test_multi_item_with(tmp_path):
    """`with A() as a, B() as b:` applies the protocol to both managers."""
    edges = internal_edges(
        tmp_path,
        {
            "jobs.py": """
                class Lock:
                    def __enter__(self):
                        return self

                    def __exit__(self, *exc):
                        return False

                    def refresh(self):
                        return None

                class Timer:
                    def __enter__(self):
                        return self

                    def __exit__(self, *exc):
                        return False

                    def elapsed(self):
                        return 0

                def run():
                    with Lock() as lock, Timer() as timer:
                        lock.refresh()
                        return timer.elapsed()
            """,
        },
    )
    assert edges == {
        ("jobs.run", "jobs.Lock.__enter__"),
        ("jobs.run", "jobs.Lock.__exit__"),
        ("jobs.run", "jobs.Lock.refresh"),
        ("jobs.run", "jobs.Timer.__enter__"),
        ("jobs.run", "jobs.Timer.__exit__"),
        ("jobs.run", "jobs.Timer.elapsed"),
    }



def test_contextmanager_generator(tmp_path):
    """`@contextlib.contextmanager`: the decorator is external, `with f():` gives only the call to f."""
    edges = edges_of(
        tmp_path,
        {
            "timing.py": """
                import contextlib

                def start():
                    return 0

                def stop(t):
                    return t

                def work():
                    return 1

                @contextlib.contextmanager
                def timed_block(name):
                    t = start()
                    try:
                        yield
                    finally:
                        stop(t)

                def main():
                    with timed_block("load"):
                        work()
            """,
        },
    )
    assert edges == {
        ("timing", "contextlib.contextmanager"),
        ("timing.timed_block", "timing.start"),
        ("timing.timed_block", "timing.stop"),
        ("timing.main", "timing.timed_block"),
        ("timing.main", "timing.work"),
    }
