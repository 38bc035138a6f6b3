"""Routes of Flask, FastAPI and Django as API Gateway and Powertools routes."""

import pytest

from migrate_kit.scaffold.routes import route


@pytest.mark.parametrize(("method", "original", "framework", "sam", "resolver", "params", "types"), [
    ("GET", "/orders/<int:order_id>", "flask", "/orders/{order_id}", "/orders/<order_id>", ("order_id",),
     {"order_id": "int"}),
    ("PUT", "/prefs/<template>", "flask", "/prefs/{template}", "/prefs/<template>", ("template",), {}),
    ("GET", "/products/{product_id}/price", "fastapi", "/products/{product_id}/price",
     "/products/<product_id>/price", ("product_id",), {}),
    ("DELETE", r"/customers/(?P<pk>\d+)/addresses/<int:address_id>/", "django", "/customers/{pk}/addresses/{address_id}",
     "/customers/<pk>/addresses/<address_id>", ("pk", "address_id"), {"pk": "int", "address_id": "int"}),
    ("GET", "^reports/$", "django", "/reports", "/reports", (), {}),
    ("GET", "/files/<path:name>", "flask", "/files/{name+}", "/files/<name>", ("name",), {}),
    (None, "/", "flask", "/", "/", (), {}),
])
def test_routes(method, original, framework, sam, resolver, params, types):
    made, found = route(method, original, framework)
    assert (made.path, made.resolver_path, made.path_params, found) == (sam, resolver, params, types)
    assert made.method == (method or "ANY")
