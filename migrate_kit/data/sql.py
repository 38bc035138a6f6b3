"""Tables an SQL statement reads and writes, by sqlglot's parser.

sqlglot parses many dialects, quoted and schema-qualified names and CTEs; a
regular expression would not. Only text passed to an execute-like call is ever
given to it (see extract), so SQL-looking prose is never mistaken for a query.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

READ, WRITE = "read", "write"

# f-string holes become a placeholder identifier so the rest still parses.
_HOLE = "__migrate_kit_hole__"
_DIALECTS = (None, "postgres", "mysql", "sqlite", "tsql")


@lru_cache(maxsize=4096)
def table_accesses(sql: str) -> tuple[tuple[str, str], ...]:
    """((table, "read" | "write"), ...) sorted; () when nothing can be told."""
    import sqlglot  # imported lazily: most files have no SQL
    from sqlglot import exp

    logging.getLogger("sqlglot").setLevel(logging.CRITICAL)  # it warns on every fallback
    # DB-API placeholders (%s, %(name)s) become ones every dialect parses.
    text = _PYFORMAT.sub(lambda m: f":{m.group(1)}" if m.group(1) else "?", sql.replace("{}", _HOLE))
    text = text.strip().rstrip(";")
    if not text:
        return ()
    if statement_verb(text) == "REPLACE":  # MySQL/SQLite REPLACE INTO is an INSERT that overwrites
        text = _VERB.sub("INSERT", text, count=1)
    for dialect in _DIALECTS:
        try:
            trees = [t for t in sqlglot.parse(text, read=dialect) if t is not None]
        except Exception:  # sqlglot raises its own errors and some plain ones; try the next dialect
            continue
        found = set()
        for tree in trees:
            found |= _accesses(tree, exp)
        if found:
            return tuple(sorted(found))
    return ()


def _accesses(tree, exp) -> set[tuple[str, str]]:
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    written = set()
    target = None
    if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        target = tree.this
        if isinstance(target, exp.Schema):  # INSERT INTO t (a, b)
            target = target.this
        if isinstance(target, exp.Table):
            written.add(_name(target))
    found = {(name, WRITE) for name in written if name and _HOLE not in name}
    for table in tree.find_all(exp.Table):
        name = _name(table)
        if not name or name.lower() in ctes or _HOLE in name or table is target:
            continue
        if name not in written:
            found.add((name, READ))
    return found


def _name(table) -> str:
    parts = [p for p in (table.catalog, table.db, table.name) if p]
    return ".".join(parts)


_PYFORMAT = re.compile(r"%(?:\((\w+)\))?s")
_VERB = re.compile(r"^\s*(?:\(\s*)*(\w+)", re.IGNORECASE)


def statement_verb(sql: str) -> str:
    """The first keyword of a statement (`SELECT`, `INSERT`...), upper case."""
    match = _VERB.match(sql)
    return match.group(1).upper() if match else ""
