import json
import sys


def emit(result, as_json=False, stream=None):
    stream = stream or sys.stdout
    if as_json:
        stream.write(json.dumps(result, indent=2, sort_keys=True) + "\n")
        return
    for key, value in sorted(result.items()):
        stream.write(f"{key:>12}: {format_value(value)}\n")


def format_value(value):
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(item) for item in value) or "-"
    return str(value)
