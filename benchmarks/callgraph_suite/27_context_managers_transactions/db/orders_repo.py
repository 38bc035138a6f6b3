import sqlite3

import redis

from .transaction import Lock, Transaction, timed_block


class OrdersRepository:
    def __init__(self, path="orders.db"):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.redis = redis.Redis()

    def place(self, customer_id, lines):
        with Lock(self.redis, f"customer:{customer_id}"), Transaction(self.conn) as tx:
            cur = self.conn.execute("INSERT INTO orders (customer_id) VALUES (?)", (customer_id,))
            tx.savepoint("lines")
            for sku, qty in lines:
                self.conn.execute(
                    "INSERT INTO order_lines (order_id, sku, qty) VALUES (?, ?, ?)",
                    (cur.lastrowid, sku, qty),
                )
            return cur.lastrowid

    def archive_old(self, days):
        with timed_block("archive"):
            with Transaction(self.conn):
                self.conn.execute(
                    "DELETE FROM orders WHERE created < date('now', ?)", (f"-{days} days",)
                )
