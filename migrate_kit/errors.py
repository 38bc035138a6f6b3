"""The one exception root, and the exit codes of design.md section 2."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1  # check violations; parse failures under --strict
    BAD_INPUT = 2  # bad input or usage
    INTERNAL = 3


class MigrateKitError(Exception):
    """Something the user can act on; the CLI prints it as one line."""

    exit_code = ExitCode.INTERNAL


class BadInput(MigrateKitError):
    """A missing ROOT, an unreadable file, an OUT that is a file..."""

    exit_code = ExitCode.BAD_INPUT


class InvalidFile(BadInput):
    """A file of ours (graph.json, boundaries.yaml) that does not validate.

    Carries every problem at once, each naming its place (`services[2].modules[0]: ...`).
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path} is not valid:\n" + "\n".join(f"  {p}" for p in problems))
