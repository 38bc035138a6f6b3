from .base import Job


class MetricsJob(Job):
    name = "metrics"

    def __init__(self, source, sink):
        self.source = source
        self.sink = sink

    def run(self):
        self.before_run()
        total = 0
        for batch in self.source.batches():
            total += self.load(batch)
        return total

    def before_run(self):
        self.sink.truncate("metrics")

    def load(self, rows):
        return self.sink.write_many("metrics", rows)
