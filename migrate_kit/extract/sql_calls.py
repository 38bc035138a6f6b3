"""SQL passed to execute-like calls, found once the file's names are resolved.

Only the first argument of `execute`, `executemany`, `executescript`, `raw` and
`exec_driver_sql` counts, followed through `text(...)`, `.format(...)`,
f-strings and variables bound to string constants in the same file. SQL-looking
text anywhere else (docstrings, log messages) is not a query.
"""

from __future__ import annotations

from migrate_kit.data.sql import table_accesses

SQL_METHODS = frozenset({"execute", "executemany", "executescript", "raw", "exec_driver_sql"})
_MAX_TEXT = 300  # characters of the statement kept for reports
_MAX_DEPTH = 4


def sql_statements(exprs: list[tuple], stmts: list[tuple]) -> list[tuple]:
    """("sql", call, ((table, verb), ...), text) for each execute-like call with SQL text."""
    constants = _string_constants(exprs, stmts)
    found = []
    for eid, expr in enumerate(exprs):
        if expr[0] != "call" or expr[1] < 0 or not expr[2]:
            continue
        func = exprs[expr[1]]
        if func[0] != "attr" or func[2] not in SQL_METHODS:
            continue
        for text in _texts(exprs, constants, expr[2][0], 0):
            accesses = table_accesses(text)
            found.append(("sql", eid, accesses, " ".join(text.split())[:_MAX_TEXT]))
    return found


def _string_constants(exprs: list[tuple], stmts: list[tuple]) -> dict[tuple, list[int]]:
    bound: dict[tuple, list[int]] = {}
    for stmt in stmts:
        if stmt[0] == "assign" and stmt[1][0] == "var":
            bound.setdefault(stmt[1], []).append(stmt[2])
    return bound


def _texts(exprs: list[tuple], constants: dict, eid: int, depth: int) -> list[str]:
    if eid < 0 or depth > _MAX_DEPTH:
        return []
    expr = exprs[eid]
    kind = expr[0]
    if kind == "str":
        return [expr[1]]
    if kind == "var":
        return [t for value in constants.get(expr, ()) for t in _texts(exprs, constants, value, depth + 1)]
    if kind == "union":
        return [t for item in expr[1] for t in _texts(exprs, constants, item, depth + 1)]
    if kind == "call" and expr[1] >= 0 and expr[2]:
        func = exprs[expr[1]]
        name = func[1] if func[0] == "free" else func[2] if func[0] in ("var", "attr", "from") else None
        if name == "text":  # sqlalchemy.text("...")
            return _texts(exprs, constants, expr[2][0], depth + 1)
    if kind == "call" and expr[1] >= 0:
        func = exprs[expr[1]]
        if func[0] == "attr" and func[2] == "format":  # "... {} ...".format(x)
            return _texts(exprs, constants, func[1], depth + 1)
    return []
