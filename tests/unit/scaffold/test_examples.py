"""What the generated tests send: requests, payloads and items derived from the code."""

from migrate_kit.scaffold import examples
from migrate_kit.scaffold.model import Attribute, Operation, Param, Table
from migrate_kit.scaffold.routes import route


def param(name, annotation="int", required=True, example="7", invalid="'not-a-number'"):
    return Param(name, annotation, required, annotation, True, example, invalid)


def operation(*params, routes=(), http_body=False, accepts_extra=False):
    return Operation("op", "m.op", "m.py", 1, "", tuple(params), accepts_extra, routes=routes, http_body=http_body)


def test_payloads_valid_invalid_and_other():
    op = operation(param("order_id"), param("note", "str | None", False, "'example'", "12"))
    assert examples.payload(op.params) == {"order_id": 7, "note": "example"}
    assert examples.invalid_payload(op) == {"order_id": "not-a-number", "note": "example"}
    assert examples.other_payload(op) == {"order_id": 8, "note": "example"}
    assert examples.invalid_payload(operation(param("x", "Any", True, "'example'", None))) == {}
    assert examples.invalid_payload(operation()) == {"no_such_parameter": 1}
    assert examples.invalid_payload(operation(accepts_extra=True)) is None


def test_requests_fill_the_path_query_and_body():
    made, _ = route("POST", "/orders/<int:order_id>/lines", "flask")
    op = operation(param("order_id"), param("limit"), param("line", "Any", True, "'example'", None), routes=(made,))
    request = examples.request(op, made)
    assert (request.method, request.path, request.query, request.body) == ("POST", "/orders/7/lines", {"limit": "7"},
                                                                           "example")
    assert examples.request(op, made, invalid="order_id").path == "/orders/not-a-number/lines"


def test_sample_items_cover_every_field_and_vary_the_key():
    table = Table("m.Order", "OrderTable", "ORDER_TABLE", "OrderRepository", "order", "orders", "m.py:1", "sqlalchemy",
                  (Attribute("id", "integer", False, "N"), Attribute("total", "decimal", False, "N"),
                   Attribute("at", "datetime", True, "S"), Attribute("code", "uuid", False, "S")),
                  "id", "", (), False)
    source = examples.sample_item(table)
    assert '"id": seed' in source and 'Decimal("12.50")' in source and "datetime(2024" in source
    assert examples.key_arguments(table, "item") == 'id=item["id"]'
    assert examples.shared_fields(operation(param("id"), param("total", "Decimal")), table) == []
