"""Sales reporting on top of the ``reporting`` schema (materialised by ETL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text

from shop.core.cache import cached
from shop.core.db import engine, raw_connection
from shop.core.logging import get_logger
from shop.utils.dates import daterange

logger = get_logger(__name__)


@cached(ttl=900)
def daily_sales(start: date, end: date) -> list[dict]:
    """Revenue per day. Reads from reporting.daily_sales, not from orders."""
    conn = raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute(
            "SELECT day, orders_count, gross_revenue, discount_total "
            "FROM reporting.daily_sales WHERE day BETWEEN %s AND %s ORDER BY day",
            (start, end),
        )
        rows = {r[0]: r for r in cursor.fetchall()}
    finally:
        conn.close()
    result = []
    for day in daterange(start, end):  # fill gaps with zero rows
        _, count, gross, discount = rows.get(day, (day, 0, Decimal("0"), Decimal("0")))
        result.append({"day": day.isoformat(), "orders": count, "gross": gross, "discounts": discount,
                       "net": gross - discount})
    return result


def refresh_daily_sales(day: date) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM reporting.daily_sales WHERE day = :day"), {"day": day})
        conn.execute(
            text(
                "INSERT INTO reporting.daily_sales (day, orders_count, gross_revenue, discount_total) "
                "SELECT CAST(paid_at AS DATE), COUNT(*), SUM(grand_total), SUM(discount_total) "
                "FROM orders WHERE CAST(paid_at AS DATE) = :day GROUP BY 1"
            ),
            {"day": day},
        )
    logger.info("refreshed reporting.daily_sales for %s", day)


def top_products(limit: int = 10) -> list[tuple[str, int]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT ol.sku, SUM(ol.quantity) AS qty FROM order_lines ol "
                "JOIN orders o ON o.id = ol.order_id WHERE o.status <> 'cancelled' "
                "GROUP BY ol.sku ORDER BY qty DESC LIMIT :limit"
            ),
            {"limit": limit},
        ).all()
    return [(sku, int(qty)) for sku, qty in rows]
