import sqlite3


class Database:
    def __init__(self, path):
        self.path = path
        self._conn = None

    def connection(self):
        if self._conn is None:
            self._conn = sqlite3.connect(self.path)
            self._conn.row_factory = sqlite3.Row
        return self._conn

    def query_one(self, sql, *params):
        return self.connection().execute(sql, params).fetchone()


db = Database("shop.db")
