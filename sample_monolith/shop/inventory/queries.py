"""Hand-written SQL for warehouse reporting (the ORM was too slow here)."""

from __future__ import annotations

from shop.core.db import raw_connection
from shop.core.logging import get_logger

logger = get_logger(__name__)

LEVELS_BY_PRODUCT_SQL = """
    SELECT w.code, w.name, il.on_hand, il.bin_location
    FROM inventory_levels il
    JOIN warehouses w ON w.id = il.warehouse_id
    WHERE il.product_id = %s AND w.is_active = TRUE
    ORDER BY w.priority
"""


def levels_by_product(product_id: int) -> list[dict]:
    conn = raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute(LEVELS_BY_PRODUCT_SQL, (product_id,))
        return [
            {"warehouse": code, "name": name, "on_hand": on_hand, "bin": bin_location}
            for code, name, on_hand, bin_location in cursor.fetchall()
        ]
    finally:
        conn.close()


def low_stock_report(threshold: int) -> list[tuple[int, int]]:
    conn = raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute(
            "SELECT il.product_id, SUM(il.on_hand) AS total FROM inventory_levels il "
            "JOIN warehouses w ON w.id = il.warehouse_id WHERE w.is_active = TRUE "
            "GROUP BY il.product_id HAVING SUM(il.on_hand) < %s ORDER BY total",
            (threshold,),
        )
        rows = cursor.fetchall()
    finally:
        conn.close()
    if not rows:
        # Only a log line — this query string is never executed.
        logger.info("SELECT product_id FROM inventory_levels returned nothing below %d", threshold)
    return [(int(pid), int(total)) for pid, total in rows]


def warehouse_totals() -> dict[str, int]:
    conn = raw_connection()
    try:
        cursor = conn.cursor()
        cursor.execute(
            "SELECT w.code, COALESCE(SUM(il.on_hand), 0) FROM warehouses w "
            "LEFT JOIN inventory_levels il ON il.warehouse_id = w.id GROUP BY w.code"
        )
        return {code: int(total) for code, total in cursor.fetchall()}
    finally:
        conn.close()
