"""ROOT with its own __init__.py is a package: code inside it imports itself by the
folder's name (`from shop.orders import place`), and those names are ROOT's modules."""

from migrate_kit import graphing
from migrate_kit.data.analysis import analyze_data
from tests.support import edges_of, resolve_tree

SHOP = {
    "__init__.py": """
        from . import orders


        def boot():
            orders.place()
    """,
    "orders.py": """
        def place():
            return 1
    """,
    "billing/__init__.py": "",
    "billing/tax.py": """
        def rate():
            return 0.2
    """,
    "billing/charge.py": """
        import json

        def charge():
            return json.dumps({})
    """,
    "api.py": """
        import shop
        import shop.billing.tax
        import shop.billing.charge as charging
        from shop import orders
        from shop.orders import place as place_order


        def handler():
            place_order()
            orders.place()
            charging.charge()
            shop.billing.tax.rate()
            shop.boot()
    """,
}


def test_imports_of_roots_own_package_name_its_modules(tmp_path):
    edges = edges_of(tmp_path / "shop", SHOP)
    assert {callee for caller, callee in edges if caller == "api.handler"} == {
        "orders.place", "billing.charge.charge", "billing.tax.rate", "__init__.boot",
    }
    assert ("__init__.boot", "orders.place") in edges
    assert not any(callee.startswith("shop.") for _, callee in edges)


def test_a_root_without_init_keeps_such_names_external(tmp_path):
    """Without ROOT/__init__.py, `shop` is not ROOT: `shop.orders` is some installed package."""
    files = {name: text for name, text in SHOP.items() if name != "__init__.py"}
    edges = edges_of(tmp_path / "shop", files)
    assert ("api.handler", "shop.orders.place") in edges
    assert ("api.handler", "orders.place") not in edges


def test_import_edges_of_the_graph_point_at_root_modules(tmp_path):
    resolution = resolve_tree(tmp_path / "shop", SHOP)
    graph = graphing.build_graph(resolution, analyze_data(resolution))
    imports = {target for _, target, kind in graph.out_edges("api", keys=True) if kind == "import"}
    assert imports == {"__init__", "billing.tax", "billing.charge", "orders"}
