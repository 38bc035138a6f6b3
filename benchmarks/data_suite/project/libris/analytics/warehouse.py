"""Loads into the ``analytics`` schema (same Postgres cluster, separate schema).

Note: ``analytics.events`` is the click/usage event stream; it has nothing to do
with the ``events`` table of the events service.
"""
import json
import logging
from datetime import date, timedelta

from celery import shared_task
from sqlalchemy import text

from libris.core.db import engine

log = logging.getLogger(__name__)


def record_event(kind, payload):
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO analytics.events (kind, payload, recorded_at) "
                "VALUES (:kind, CAST(:payload AS jsonb), now())"
            ),
            {"kind": kind, "payload": json.dumps(payload)},
        )


def event_counts_since(since):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT kind, count(*) FROM analytics.events "
                "WHERE recorded_at >= :since GROUP BY kind"
            ),
            {"since": since},
        ).all()
    return dict(rows)


def load_daily_circulation(day):
    """Aggregate one day of checkouts per branch into the reporting table."""
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM analytics.daily_circulation WHERE day = :day"), {"day": day})
        conn.execute(
            text(
                """
                INSERT INTO analytics.daily_circulation (day, branch_code, checkouts)
                SELECT :day, br.code, count(*)
                FROM circulation_loans l
                JOIN lib_copy c ON c.id = l.copy_id
                JOIN lib_branch br ON br.id = c.branch_id
                WHERE l.created_at::date = :day
                GROUP BY br.code
                """
            ),
            {"day": day},
        )
    log.info("loaded daily circulation for %s", day)


def ill_status_counts():
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT status, count(*) FROM ill_requests GROUP BY status")).all()
    return {status: n for status, n in rows}


def attendance_by_event(since):
    sql = text(
        """
        SELECT e.id, e.title, count(r.id) AS registered,
               sum(CASE WHEN r.attended THEN 1 ELSE 0 END) AS attended
        FROM events e
        LEFT JOIN event_registrations r ON r.event_id = e.id
        WHERE e.starts_at >= :since
        GROUP BY e.id, e.title
        """
    )
    with engine.connect() as conn:
        return conn.execute(sql, {"since": since}).mappings().all()


def store_recommendations(pairs):
    """Replace the precomputed 'also borrowed' pairs."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("DELETE FROM analytics.also_borrowed")
        cur.executemany(
            "INSERT INTO analytics.also_borrowed (book_id, other_id, score) VALUES (%s, %s, %s)",
            pairs,
        )
        raw.commit()
    finally:
        raw.close()


@shared_task
def refresh_daily_stats(day=None):
    day = date.fromisoformat(day) if day else date.today() - timedelta(days=1)
    load_daily_circulation(day)
    record_event("etl.daily_circulation", {"day": day.isoformat()})


@shared_task(name="analytics.retrain_recommender")
def retrain_recommender():
    from libris.analytics.recommend import load_borrowing_pairs, train_and_store

    model = train_and_store(load_borrowing_pairs(), "/var/lib/libris/recommender.json")
    store_recommendations(model.top_pairs(limit=20))
