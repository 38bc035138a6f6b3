import sqlite3

from .context import current_tenant


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.raw = None

    def __enter__(self):
        self.raw = sqlite3.connect(self.dsn)
        return Cursor(self)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.raw.commit()
        self.raw.close()
        return False


class ReadOnlyConnection(Connection):
    def __exit__(self, exc_type, exc, tb):
        self.raw.rollback()
        self.raw.close()
        return False


class Cursor:
    def __init__(self, connection):
        self.connection = connection

    def fetch(self, sql, *params):
        scoped = f"{sql} AND tenant_id = ?"
        return self.connection.raw.execute(scoped, (*params, current_tenant())).fetchall()

    def savepoint(self, name):
        return Savepoint(self, name)


class Savepoint:
    def __init__(self, cursor, name):
        self.cursor = cursor
        self.name = name

    def __enter__(self):
        self.cursor.connection.raw.execute(f"SAVEPOINT {self.name}")
        return self.cursor

    def __exit__(self, exc_type, exc, tb):
        verb = "RELEASE" if exc_type is None else "ROLLBACK TO"
        self.cursor.connection.raw.execute(f"{verb} SAVEPOINT {self.name}")
        return False
