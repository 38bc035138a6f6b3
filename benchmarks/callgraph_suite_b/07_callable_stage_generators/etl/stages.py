import csv
import hashlib


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


class Normalize:
    def __init__(self, mapping):
        self.mapping = mapping

    def __call__(self, rows):
        for row in rows:
            yield {self.mapping.get(key, key): value.strip() for key, value in row.items()}


class Dedupe:
    def __init__(self, *fields):
        self.fields = fields

    def key(self, row):
        raw = "|".join(row[field] for field in self.fields)
        return hashlib.sha1(raw.encode()).hexdigest()

    def __call__(self, rows):
        seen = set()
        for row in rows:
            digest = self.key(row)
            if digest not in seen:
                seen.add(digest)
                yield row


def drop_empty(rows):
    yield from (row for row in rows if any(row.values()))


def tag(source):
    def stage(rows):
        for row in rows:
            row["source"] = source
            yield row

    return stage
