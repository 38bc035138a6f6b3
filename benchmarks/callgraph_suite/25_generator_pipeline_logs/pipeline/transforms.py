import json
import re

LINE_RE = re.compile(r'(?P<ip>\S+) .* "(?P<method>\w+) (?P<path>\S+) \S+" (?P<status>\d{3})')


def parse(lines):
    for line in lines:
        match = LINE_RE.match(line)
        if match:
            yield match.groupdict()


def only_errors(records):
    return (r for r in records if int(r["status"]) >= 500)


def enrich(records, lookup):
    for record in records:
        record["country"] = lookup(record["ip"])
        yield record


def batched(records, size=100):
    batch = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_json(batch):
    return "\n".join(json.dumps(r) for r in batch)
