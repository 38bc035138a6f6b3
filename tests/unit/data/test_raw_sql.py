"""SQL text that is executed: which tables, which entities, and what is not SQL."""

from tests.unit.data.helpers import accesses, data_of, entities

DJANGO_MODELS = """
    from django.db import models

    class Order(models.Model):
        status = models.CharField(max_length=20)
"""


def test_django_cursor_execute_maps_to_model(tmp_path):
    """`cursor.execute` on a model's table is an access of the model's entity."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": DJANGO_MODELS,
        "shop/reports.py": """
            from django.db import connection

            def open_ids(status):
                with connection.cursor() as cursor:
                    cursor.execute("SELECT id FROM shop_order WHERE status = %s", [status])
                    return [row[0] for row in cursor.fetchall()]
        """,
    })
    assert entities(facts) == {("shop.models.Order", "shop_order", "django")}
    assert accesses(facts) == {("shop.reports.open_ids", "shop.models.Order", "read")}


def test_table_known_only_from_sql(tmp_path):
    """A table no model owns is the entity `table:NAME` with framework sql."""
    facts = data_of(tmp_path, {
        "events.py": """
            import sqlite3

            def record(name):
                conn = sqlite3.connect("events.db")
                cur = conn.cursor()
                cur.execute("INSERT INTO events (name) VALUES (?)", (name,))
                conn.commit()
        """,
    })
    assert entities(facts) == {("table:events", "events", "sql")}
    assert accesses(facts) == {("events.record", "table:events", "write")}


def test_sqlalchemy_text_maps_to_model(tmp_path):
    """`conn.execute(text("UPDATE users ..."))` writes the model whose table is `users`."""
    facts = data_of(tmp_path, {
        "app/__init__.py": "",
        "app/models.py": """
            from sqlalchemy import Boolean, Column, Integer
            from sqlalchemy.orm import declarative_base

            Base = declarative_base()

            class User(Base):
                __tablename__ = "users"
                id = Column(Integer, primary_key=True)
                active = Column(Boolean)
        """,
        "app/maintenance.py": """
            from sqlalchemy import text

            def deactivate(engine, user_id):
                with engine.begin() as conn:
                    conn.execute(text("UPDATE users SET active = false WHERE id = :id"), {"id": user_id})
        """,
    })
    assert accesses(facts) == {("app.maintenance.deactivate", "app.models.User", "write")}


def test_executemany(tmp_path):
    """`executemany` is executed SQL like `execute`."""
    facts = data_of(tmp_path, {
        "metrics.py": """
            import sqlite3

            def store(rows):
                conn = sqlite3.connect("m.db")
                conn.executemany("INSERT INTO samples (name, value) VALUES (?, ?)", rows)
        """,
    })
    assert accesses(facts) == {("metrics.store", "table:samples", "write")}


def test_objects_raw(tmp_path):
    """`X.objects.raw("SELECT ...")` reads."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": DJANGO_MODELS,
        "shop/views.py": """
            from shop.models import Order

            def shipped():
                return list(Order.objects.raw("SELECT * FROM shop_order WHERE status = 'shipped'"))
        """,
    })
    assert accesses(facts) == {("shop.views.shipped", "shop.models.Order", "read")}


def test_sql_in_module_constant(tmp_path):
    """SQL held in a module constant and executed in a function is that function's access."""
    facts = data_of(tmp_path, {
        "jobs/__init__.py": "",
        "jobs/cleanup.py": """
            from django.db import connection

            PURGE_SQL = "DELETE FROM audit_log WHERE created_at < %s"

            def purge(cutoff):
                with connection.cursor() as cursor:
                    cursor.execute(PURGE_SQL, [cutoff])
        """,
    })
    assert accesses(facts) == {("jobs.cleanup.purge", "table:audit_log", "write")}


def test_str_format_sql(tmp_path):
    """`"... {} ...".format(x)` keeps the named tables."""
    facts = data_of(tmp_path, {
        "reports.py": """
            import sqlite3

            def yearly(year):
                conn = sqlite3.connect("r.db")
                return conn.execute("SELECT name, total FROM sales_report WHERE year = {}".format(year)).fetchall()
        """,
    })
    assert accesses(facts) == {("reports.yearly", "table:sales_report", "read")}


def test_fstring_sql(tmp_path):
    """An f-string keeps its named tables; a hole where the table goes names none."""
    facts = data_of(tmp_path, {
        "stock.py": """
            import sqlite3

            def take(sku, n):
                conn = sqlite3.connect("s.db")
                conn.execute(f"UPDATE inventory SET qty = qty - {n} WHERE sku = ?", (sku,))

            def dump(table_name):
                conn = sqlite3.connect("s.db")
                return conn.execute(f"SELECT * FROM {table_name}").fetchall()
        """,
    })
    assert entities(facts) == {("table:inventory", "inventory", "sql")}
    assert accesses(facts) == {("stock.take", "table:inventory", "write")}


def test_sql_joining_model_table_and_unknown_table(tmp_path):
    """One query over a model's table and an unowned table reads both entities."""
    facts = data_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/models.py": DJANGO_MODELS,
        "shop/refunds.py": """
            from django.db import connection

            def refunded():
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT o.id FROM shop_order o JOIN legacy_refunds r ON r.order_id = o.id"
                    )
                    return cursor.fetchall()
        """,
    })
    assert entities(facts) == {
        ("shop.models.Order", "shop_order", "django"),
        ("table:legacy_refunds", "legacy_refunds", "sql"),
    }
    assert accesses(facts) == {
        ("shop.refunds.refunded", "shop.models.Order", "read"),
        ("shop.refunds.refunded", "table:legacy_refunds", "read"),
    }


def test_sql_looking_text_that_is_never_executed(tmp_path):
    """SQL in a docstring, a log message or an unused constant is neither an entity nor an access."""
    facts = data_of(tmp_path, {
        "notes.py": """
            import logging

            logger = logging.getLogger(__name__)

            LEGACY_DROP = "DROP TABLE legacy_users"

            def nightly():
                \"\"\"Runs: SELECT * FROM customers WHERE inactive; then DELETE FROM sessions.\"\"\"
                logger.info("DELETE FROM sessions WHERE expires_at < now() is done by cron")
                print("UPDATE accounts SET balance = 0")
                return True
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()


def test_execute_that_is_not_sql(tmp_path):
    """A function or method named execute given non-SQL text is nothing."""
    facts = data_of(tmp_path, {
        "ops.py": """
            class Pipeline:
                def execute(self, step):
                    return step.upper()

            def execute(command):
                return command.split()

            def deploy():
                execute("rebuild search index")
                Pipeline().execute("migrate all services")
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()
