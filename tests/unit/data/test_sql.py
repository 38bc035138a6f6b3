"""Tables that one SQL text reads and writes."""

from migrate_kit.data.sql import table_accesses


def test_select_with_join_reads_both_tables():
    """A SELECT with a JOIN reads every table it names."""
    sql = "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.active"
    assert table_accesses(sql) == (("customers", "read"), ("orders", "read"))


def test_insert_writes_its_target():
    """INSERT INTO t (cols) VALUES (%s) writes t."""
    sql = "INSERT INTO orders (customer_id, total) VALUES (%s, %s)"
    assert table_accesses(sql) == (("orders", "write"),)


def test_update_with_named_parameters():
    """UPDATE with :name parameters writes its table."""
    sql = "UPDATE orders SET status = :status WHERE id = :order_id"
    assert table_accesses(sql) == (("orders", "write"),)


def test_delete_with_qmark_parameter():
    """DELETE with a ? parameter writes its table."""
    sql = "DELETE FROM sessions WHERE expires_at < ?"
    assert table_accesses(sql) == (("sessions", "write"),)


def test_merge_writes_target_and_reads_source():
    """MERGE INTO target USING source writes the target and reads the source."""
    sql = """
        MERGE INTO inventory AS t
        USING incoming_stock AS s ON t.sku = s.sku
        WHEN MATCHED THEN UPDATE SET qty = t.qty + s.qty
        WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty)
    """
    assert table_accesses(sql) == (("incoming_stock", "read"), ("inventory", "write"))


def test_replace_into_is_a_write():
    """MySQL/SQLite REPLACE INTO writes its table."""
    sql = "REPLACE INTO settings (name, value) VALUES (?, ?)"
    assert table_accesses(sql) == (("settings", "write"),)


def test_insert_select_writes_target_and_reads_source():
    """INSERT ... SELECT writes the target and reads the source."""
    sql = "INSERT INTO order_archive (id, total) SELECT id, total FROM orders WHERE created_at < %s"
    assert table_accesses(sql) == (("order_archive", "write"), ("orders", "read"))


def test_update_with_subquery_reads_the_subquery_table():
    """UPDATE ... WHERE id IN (SELECT ... FROM other) writes the target and reads the other."""
    sql = """
        UPDATE customers SET vip = 1
        WHERE id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING SUM(total) > 1000)
    """
    assert table_accesses(sql) == (("customers", "write"), ("orders", "read"))


def test_cte_name_is_not_a_table():
    """A CTE's name is not a table; the tables inside it are."""
    sql = """
        WITH recent AS (SELECT * FROM orders WHERE created_at > %s)
        SELECT r.id, c.email FROM recent r JOIN customers c ON c.id = r.customer_id
    """
    assert table_accesses(sql) == (("customers", "read"), ("orders", "read"))


def test_double_quoted_name():
    """A double-quoted table name is the bare name."""
    assert table_accesses('SELECT * FROM "order" WHERE id = 1') == (("order", "read"),)


def test_backquoted_name():
    """A MySQL back-quoted table name is the bare name."""
    assert table_accesses("INSERT INTO `user` (name) VALUES (%s)") == (("user", "write"),)


def test_bracketed_name():
    """A SQL Server [bracketed] table name is the bare name."""
    assert table_accesses("SELECT TOP 10 * FROM [invoice] ORDER BY id") == (("invoice", "read"),)


def test_schema_qualified_name():
    """A schema-qualified table keeps its schema."""
    sql = "SELECT i.id FROM billing.invoices i WHERE i.paid = false"
    assert table_accesses(sql) == (("billing.invoices", "read"),)


def test_several_statements():
    """Each statement of a script counts."""
    sql = "INSERT INTO audit_log (message) VALUES ('cart cleared'); DELETE FROM carts WHERE id = 7;"
    assert table_accesses(sql) == (("audit_log", "write"), ("carts", "write"))


def test_fstring_hole_is_no_table():
    """A `{}` hole where a table goes is unknown: only the named tables are reported."""
    sql = "SELECT t.id FROM {} t JOIN customers c ON c.id = t.customer_id"
    assert table_accesses(sql) == (("customers", "read"),)


def test_fstring_hole_as_insert_target():
    """INSERT INTO {} SELECT ... FROM t reads t and writes nothing known."""
    assert table_accesses("INSERT INTO {} SELECT * FROM orders") == (("orders", "read"),)


def test_non_sql_text_gives_nothing():
    """Prose and empty text name no tables."""
    assert table_accesses("") == ()
    assert table_accesses("Hello, please pick an option from the menu") == ()
