import argparse
import functools
import sys

from . import commands
from .output import emit
from .plugins.extra import EXTRA_COMMANDS

COMMANDS = {
    "sync": commands.sync,
    "prune": commands.prune,
    "status": commands.status,
}
COMMANDS.update(EXTRA_COMMANDS)


def build_parser():
    parser = argparse.ArgumentParser(prog="tool")
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(fallback=commands.version)
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    handler = COMMANDS.get(args.command, commands.unknown)
    printer = functools.partial(emit, as_json=args.json)
    result = handler(dry_run=args.dry_run)
    printer(result)
    return 0 if result.get("ok", True) else 1
