import sys

from .geo import country_for
from .sources import read_lines, tail_dir
from .transforms import batched, enrich, only_errors, parse, to_json


def build(pattern=None, directory=None, lookup=country_for):
    lines = tail_dir(directory) if directory else read_lines(pattern)
    records = enrich(only_errors(parse(lines)), lookup)
    for batch in batched(records, size=50):
        yield to_json(batch)


def dry_run(lines):
    return list(enrich(parse(lines), lookup=lambda ip: "dry-run"))


def main():
    for chunk in build(pattern=sys.argv[1]):
        sys.stdout.write(chunk + "\n")
