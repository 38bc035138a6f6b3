import time

from .base import Service
from .metrics import registry


class LoggingMixin(Service):
    def __init__(self, *, log_level="INFO", **kwargs):
        super().__init__(**kwargs)
        self.log_level = log_level

    def start(self):
        print(f"[{self.log_level}] starting {self.name}")
        super().start()

    def healthcheck(self):
        report = super().healthcheck()
        report["log_level"] = self.log_level
        return report


class RetryMixin(Service):
    max_attempts = 3

    def start(self):
        for attempt in range(1, self.max_attempts + 1):
            try:
                return super().start()
            except ConnectionError:
                time.sleep(attempt)
        raise RuntimeError(f"{self.name} failed to start")


class MetricsMixin(Service):
    def __init__(self, *, metrics=registry, **kwargs):
        super().__init__(**kwargs)
        self.metrics = metrics

    def start(self):
        started = time.monotonic()
        super().start()
        self.metrics.observe(self.name, time.monotonic() - started)

    def stop(self):
        self.metrics.observe(self.name, 0.0)
        super().stop()
