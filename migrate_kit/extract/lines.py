"""Line numbers for libcst nodes, without libcst's PositionProvider.

PositionProvider costs more than the parse itself (it renders the tree and then
runs a full libcst visit). We only need start lines, so we render once with a
code generator state that counts newlines instead of keeping tokens, and note
the current line where libcst marks a node's syntactic start.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

import libcst as cst
from libcst._nodes.internal import CodegenState

# Expressions get their line when their code starts; statements, functions and
# classes from libcst's syntactic position (after decorators and comments).
_EXPRESSIONS_WITH_LINES = frozenset({cst.Call, cst.Attribute, cst.Lambda, cst.Decorator, cst.CompFor})
_NO_OP = nullcontext()


@dataclass
class _LineCountingState(CodegenState):
    line: int = 1
    starts: dict[int, int] = field(default_factory=dict)

    def add_token(self, value: str) -> None:
        if "\n" in value:
            self.line += value.count("\n")

    def add_indent_tokens(self) -> None:
        """Indentation never holds a newline, and no tokens are kept."""

    def pop_trailing_newline(self) -> None:
        """No tokens are kept, so there is none to pop."""

    def before_codegen(self, node: cst.CSTNode) -> None:
        if type(node) in _EXPRESSIONS_WITH_LINES:
            self.starts[id(node)] = self.line

    def record_syntactic_position(self, node: cst.CSTNode, **_: object) -> AbstractContextManager[None]:
        self.starts[id(node)] = self.line
        return _NO_OP  # not a generator-based context manager: this runs for every statement


def start_lines(module: cst.Module) -> dict[int, int]:
    """Map `id(node)` to its 1-based start line, for the nodes extraction asks about."""
    state = _LineCountingState(default_indent=module.default_indent, default_newline=module.default_newline)
    module._codegen(state)
    return state.starts
