import itertools


class Pipeline:
    def __init__(self, source):
        self.source = source
        self.stages = []

    def then(self, stage):
        self.stages.append(stage)
        return self

    def rows(self):
        rows = self.source
        for stage in self.stages:
            rows = stage(rows)
        yield from rows

    def __iter__(self):
        return self.rows()


class Batches:
    def __init__(self, rows, size):
        self._it = iter(rows)
        self.size = size

    def __iter__(self):
        return self

    def __next__(self):
        batch = list(itertools.islice(self._it, self.size))
        if not batch:
            raise StopIteration
        return batch
