from .mixins import LoggingMixin, MetricsMixin, RetryMixin


class QueueWorker(LoggingMixin, RetryMixin, MetricsMixin):
    name = "queue-worker"
    max_attempts = 5


class Scheduler(MetricsMixin, LoggingMixin):
    name = "scheduler"


class Exporter(RetryMixin):
    name = "exporter"

    def export(self, rows):
        if not self.running:
            self.start()
        return [dict(row, exported_by=self.name) for row in rows]
