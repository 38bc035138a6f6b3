import time


class Job:
    name = "job"

    def run(self):
        started = time.monotonic()
        self.before_run()
        rows = [self.transform(r) for r in self.extract()]
        written = self.load(rows)
        self.after_run(written, time.monotonic() - started)
        return written

    def before_run(self):
        pass

    def extract(self):
        raise NotImplementedError(f"{type(self).__name__}.extract")

    def transform(self, row):
        return row

    def load(self, rows):
        raise NotImplementedError

    def after_run(self, written, elapsed):
        print(f"{self.name}: {written} rows in {elapsed:.2f}s")
