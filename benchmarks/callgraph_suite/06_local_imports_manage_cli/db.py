import sqlite3

_connection = None


def get_connection(path="app.db"):
    global _connection
    if _connection is None:
        _connection = sqlite3.connect(path)
    return _connection


def execute(sql, params=()):
    conn = get_connection()
    cur = conn.execute(sql, params)
    conn.commit()
    return cur
