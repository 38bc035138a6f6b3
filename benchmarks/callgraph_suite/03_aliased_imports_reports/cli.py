import argparse
import json
import sys

from reports import builder as report_builder
from reports.builder import summarize as summarize_rows


def load_rows(path):
    with open(path) as fh:
        return json.load(fh)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="report")
    parser.add_argument("path")
    parser.add_argument("--format", default="csv")
    parser.add_argument("--field")
    args = parser.parse_args(argv)
    rows = load_rows(args.path)
    if args.field:
        print(json.dumps(summarize_rows(rows, args.field), indent=2))
        return 0
    columns = sorted({key for row in rows for key in row})
    sys.stdout.write(report_builder.build(rows, columns, args.format))
    return 0


if __name__ == "__main__":
    sys.exit(main())
