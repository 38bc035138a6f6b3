import sqlite3


class Warehouse:
    def __init__(self, table, dsn="warehouse.db"):
        self.table = table
        self.conn = sqlite3.connect(dsn)

    def insert_many(self, rows):
        cols = sorted(rows[0])
        placeholders = ", ".join("?" * len(cols))
        sql = f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({placeholders})"
        self.conn.executemany(sql, [tuple(row.get(col) for col in cols) for row in rows])
        self.conn.commit()
        return len(rows)
