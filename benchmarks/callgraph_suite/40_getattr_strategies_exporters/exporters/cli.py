import argparse
import json
import os
import sys

from . import ExportRunner


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="export")
    parser.add_argument("input")
    parser.add_argument("--format", choices=["json", "csv", "ndjson"], default="json")
    parser.add_argument("--out", default=".")
    parser.add_argument("--hook")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    with open(args.input) as fh:
        rows = json.load(fh)
    runner = ExportRunner(args.out, args.format)
    name = os.path.splitext(os.path.basename(args.input))[0]
    print(runner.run(rows, name))
    if args.hook:
        runner.run_hook(args.hook, rows)
    return 0
