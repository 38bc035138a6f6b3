"""Append-only audit trail.

Written straight through psycopg2 because the circulation desk produces a lot of
rows and the ORM overhead showed up in profiles (ticket LIB-1432).
"""
import logging
from datetime import datetime, timezone

from libris.core.db import raw_connection

log = logging.getLogger(__name__)


class AuditTrail:
    """Buffers audit rows in memory and writes them in one round trip."""

    def __init__(self, source="web"):
        self.source = source
        self._buffer = []

    def add(self, actor, action, target):
        self._buffer.append(
            (self.source, str(actor), action, str(target), datetime.now(timezone.utc))
        )

    def __len__(self):
        return len(self._buffer)

    def flush(self):
        if not self._buffer:
            return 0
        conn = raw_connection()
        try:
            with conn, conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO audit_log (source, actor, action, target, at) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    self._buffer,
                )
        finally:
            conn.close()
        written = len(self._buffer)
        self._buffer.clear()
        log.debug("flushed %d audit rows", written)
        return written


def recent_actions(actor, limit=50):
    conn = raw_connection()
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT source, action, target, at FROM audit_log "
                "WHERE actor = %s ORDER BY at DESC LIMIT %s",
                (actor, limit),
            )
            return cur.fetchall()
    finally:
        conn.close()


def prune(days):
    """Drop audit rows older than ``days``; the DPO asked for 13 months maximum."""
    conn = raw_connection()
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "DELETE FROM audit_log WHERE at < now() - %s * interval '1 day'", (days,)
            )
            return cur.rowcount
    finally:
        conn.close()
