import time

from prometheus_client import Counter

REQUESTS = Counter("http_requests_total", "HTTP requests", ["path"])


class Stopwatch:
    def __init__(self):
        self.started = time.time()

    def elapsed_ms(self):
        return int((time.time() - self.started) * 1000)


def track(path):
    REQUESTS.labels(path=path).inc()
    return Stopwatch()
