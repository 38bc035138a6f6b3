"""Small readings of libcst nodes: dotted names, docstrings, annotations, the
names a `case` pattern binds."""

from __future__ import annotations

import libcst as cst


def dotted(node: cst.BaseExpression | None) -> str:
    """`a.b.c` for a Name/Attribute chain, "" for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else ""
    return ""


def docstring(body: cst.BaseSuite | cst.Module) -> str:
    """First line of a docstring, if the body starts with one."""
    statements = body.body if isinstance(body, (cst.IndentedBlock, cst.Module)) else []
    if not statements or not isinstance(statements[0], cst.SimpleStatementLine):
        return ""
    first = statements[0].body[0] if statements[0].body else None
    if isinstance(first, cst.Expr) and isinstance(first.value, (cst.SimpleString, cst.ConcatenatedString)):
        value = first.value.evaluated_value
        if isinstance(value, str):
            stripped = value.strip()
            return stripped.splitlines()[0].strip() if stripped else ""
    return ""


def annotation_text(node: cst.BaseExpression) -> str:
    """A readable form of a type annotation, e.g. `Mapped[Optional[int]]`."""
    if isinstance(node, (cst.Name, cst.Attribute)):
        return dotted(node) or "?"
    if isinstance(node, cst.Subscript):
        inner = ", ".join(
            annotation_text(e.slice.value) if isinstance(e.slice, cst.Index) else "?" for e in node.slice
        )
        return f"{annotation_text(node.value)}[{inner}]"
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        return f"{annotation_text(node.left)} | {annotation_text(node.right)}"
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else "?"
    return "None" if isinstance(node, cst.Name) and node.value == "None" else "?"


def capture_names(pattern: cst.CSTNode) -> list[str]:
    """Names a `case` pattern binds."""
    names = []
    if isinstance(pattern, cst.MatchAs) and pattern.name is not None:
        names.append(pattern.name.value)
    if isinstance(pattern, cst.MatchStar) and pattern.name is not None:
        names.append(pattern.name.value)
    if isinstance(pattern, cst.MatchMapping) and pattern.rest is not None:
        names.append(pattern.rest.value)
    for child in _pattern_children(pattern):
        names.extend(capture_names(child))
    return names


def _pattern_children(pattern: cst.CSTNode) -> list[cst.CSTNode]:
    if isinstance(pattern, cst.MatchAs):
        return [pattern.pattern] if pattern.pattern is not None else []
    if isinstance(pattern, (cst.MatchList, cst.MatchTuple)):
        return [p.value if isinstance(p, cst.MatchSequenceElement) else p for p in pattern.patterns]
    if isinstance(pattern, cst.MatchMapping):
        return [e.pattern for e in pattern.elements]
    if isinstance(pattern, cst.MatchClass):
        return [p.value for p in pattern.patterns] + [k.pattern for k in pattern.kwds]
    if isinstance(pattern, cst.MatchOr):
        return [e.pattern for e in pattern.patterns]
    return []
