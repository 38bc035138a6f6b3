"""Owned entities as DynamoDB tables."""

import networkx as nx

from migrate_kit.scaffold.entities import tables


def entity(graph, name, fields, **more):
    graph.add_node(name, kind="entity", fields=fields, table=more.get("table", "t"), path="m.py", line=1,
                   framework="sqlalchemy")


def field(name, type_="integer", pk=False, fk=None, nullable=False):
    return {"name": name, "type": type_, "primary_key": pk, "foreign_key": fk, "nullable": nullable}


def test_key_schema_and_an_index_per_foreign_key():
    graph = nx.MultiDiGraph()
    entity(graph, "shop.orders.models.OrderLine", [field("id", pk=True), field("order_id", fk="shop.orders.models.Order"),
                                                   field("sku", "string")])
    [table] = tables(graph, ("shop.orders.models.OrderLine",))
    assert (table.logical, table.env, table.repository, table.accessor) == (
        "OrderLineTable", "ORDER_LINE_TABLE", "OrderLineRepository", "order_line")
    assert (table.hash_key, table.range_key, table.key_assumed) == ("id", "", False)
    assert [(i.name, i.attribute, i.range, i.method) for i in table.indexes] == [
        ("ByOrderId", "order_id", "id", "query_by_order_id")]


def test_composite_keys_and_string_keys():
    graph = nx.MultiDiGraph()
    entity(graph, "table:product_tags", [field("product_id", pk=True, fk="P"), field("tag_id", pk=True, fk="T")])
    entity(graph, "table:reporting.daily_sales", [])
    daily, tags = tables(graph, ("table:product_tags", "table:reporting.daily_sales"))
    assert (tags.hash_key, tags.range_key) == ("product_id", "tag_id")
    assert [i.attribute for i in tags.indexes] == ["tag_id"]  # the hash key needs no index
    assert (daily.logical, daily.hash_key, daily.key_assumed, daily.attribute("id").key_type) == (
        "DailySalesTable", "id", True, "S")


def test_same_class_names_in_two_modules_stay_apart():
    graph = nx.MultiDiGraph()
    entity(graph, "a.models.Item", [field("id", pk=True)])
    entity(graph, "b.models.Item", [field("id", pk=True)])
    assert sorted(t.logical for t in tables(graph, ("a.models.Item", "b.models.Item"))) == [
        "AModelsItemTable", "BModelsItemTable"]


def test_accessors_do_not_shadow_module_names():
    graph = nx.MultiDiGraph()
    entity(graph, "x.Settings", [field("id", pk=True)])
    [table] = tables(graph, ("x.Settings",))
    assert table.accessor == "settings_table"
