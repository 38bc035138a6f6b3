import sys

from . import commands  # noqa: F401  (registers the built-in commands)
from .registry import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
