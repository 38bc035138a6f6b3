import sqlite3


class SqliteSink:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def truncate(self, table):
        self.conn.execute(f"DELETE FROM {table}")

    def write_many(self, table, rows):
        if not rows:
            return 0
        cols = sorted(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])
        self.conn.commit()
        return len(rows)


class ListSource:
    def __init__(self, batches):
        self._batches = batches

    def batches(self):
        for batch in self._batches:
            yield batch
