"""Imports of every form resolve to the definitions they name."""

from tests.support import edges_of, internal_edges


def test_relative_aliased_and_reexported_imports(tmp_path):
    edges = internal_edges(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/orders/__init__.py": "from .service import place_order\n",
            "shop/orders/service.py": """
                from ..pricing import total as compute_total

                def place_order(cart):
                    return compute_total(cart)
            """,
            "shop/pricing.py": """
                def total(cart):
                    return 0
            """,
            "main.py": """
                from shop.orders import place_order
                import shop.pricing as pricing

                place_order([])
                pricing.total([])
            """,
        },
    )
    assert edges == {
        ("main", "shop.orders.service.place_order"),
        ("main", "shop.pricing.total"),
        ("shop.orders.service.place_order", "shop.pricing.total"),
    }


def test_absolute_import_and_from_import(tmp_path):
    """`import pkg.mod` then `pkg.mod.f()`, and `from pkg.mod import g` then `g()`."""
    edges = internal_edges(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/pricing.py": """
                def total(cart):
                    return 0

                def tax(amount):
                    return amount
            """,
            "main.py": """
                import shop.pricing
                from shop.pricing import tax

                def checkout(cart):
                    amount = shop.pricing.total(cart)
                    return tax(amount)
            """,
        },
    )
    assert edges == {
        ("main.checkout", "shop.pricing.total"),
        ("main.checkout", "shop.pricing.tax"),
    }


def test_relative_import_of_sibling_module(tmp_path):
    """`from . import helpers` binds the sibling module; `from .helpers import slug` binds the function."""
    edges = internal_edges(
        tmp_path,
        {
            "blog/__init__.py": "",
            "blog/helpers.py": """
                def slugify(title):
                    return title

                def excerpt(body):
                    return body
            """,
            "blog/views.py": """
                from . import helpers
                from .helpers import excerpt

                def show(post):
                    return helpers.slugify(post), excerpt(post)
            """,
        },
    )
    assert edges == {
        ("blog.views.show", "blog.helpers.slugify"),
        ("blog.views.show", "blog.helpers.excerpt"),
    }


def test_parent_relative_import(tmp_path):
    """`from ..util import fmt, text` reaches a function in a package `__init__` and a submodule."""
    edges = internal_edges(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/util/__init__.py": """
                def fmt(value):
                    return str(value)
            """,
            "app/util/text.py": """
                def clean(value):
                    return value
            """,
            "app/core/__init__.py": "",
            "app/core/runner.py": """
                from ..util import fmt, text
                from ..util.text import clean as scrub

                def run(value):
                    text.clean(value)
                    scrub(value)
                    return fmt(value)
            """,
        },
    )
    assert edges == {
        ("app.core.runner.run", "app.util.fmt"),
        ("app.core.runner.run", "app.util.text.clean"),
    }


def test_aliased_imports(tmp_path):
    """`import a.b as c` and `from m import f as g` call through the alias."""
    edges = internal_edges(
        tmp_path,
        {
            "billing/__init__.py": "",
            "billing/invoices.py": """
                def create(order):
                    return order
            """,
            "billing/tax.py": """
                def rate(country):
                    return 0.2
            """,
            "reports.py": """
                import billing.invoices as inv
                from billing.tax import rate as tax_rate

                def monthly(order):
                    inv.create(order)
                    return tax_rate("FR")
            """,
        },
    )
    assert edges == {
        ("reports.monthly", "billing.invoices.create"),
        ("reports.monthly", "billing.tax.rate"),
    }


def test_import_of_deep_module_binds_top_package(tmp_path):
    """`import a.b.c` binds `a`: `a.b.c.f()` and `a.b.g()` (from a/b/__init__.py) both resolve."""
    edges = internal_edges(
        tmp_path,
        {
            "a/__init__.py": "",
            "a/b/__init__.py": """
                def g():
                    return 1
            """,
            "a/b/c.py": """
                def f():
                    return 2
            """,
            "main.py": """
                import a.b.c

                def run():
                    a.b.c.f()
                    a.b.g()
            """,
        },
    )
    assert edges == {("main.run", "a.b.c.f"), ("main.run", "a.b.g")}


def test_star_import_without_all_exports_public_names(tmp_path):
    """`from m import *` without `__all__` binds the public names, not the underscore ones."""
    edges = internal_edges(
        tmp_path,
        {
            "notify/__init__.py": "",
            "notify/channels.py": """
                def email(to):
                    return _send(to)

                def sms(to):
                    return _send(to)

                def _send(to):
                    return to
            """,
            "main.py": """
                from notify.channels import *

                def alert(user):
                    email(user)
                    sms(user)
                    _send(user)
            """,
        },
    )
    assert edges == {
        ("main.alert", "notify.channels.email"),
        ("main.alert", "notify.channels.sms"),
        ("notify.channels.email", "notify.channels._send"),
        ("notify.channels.sms", "notify.channels._send"),
    }


def test_star_import_with_all_exports_only_listed_names(tmp_path):
    """With `__all__ = ["email"]`, a star import binds `email` but not `sms`."""
    edges = internal_edges(
        tmp_path,
        {
            "channels.py": """
                __all__ = ["email"]

                def email(to):
                    return to

                def sms(to):
                    return to
            """,
            "main.py": """
                from channels import *

                def alert(user):
                    email(user)
                    sms(user)
            """,
        },
    )
    assert edges == {("main.alert", "channels.email")}



def test_try_except_import_error_fallback_to_root_module(tmp_path):
    """`try: import fast` / `except ImportError: import ours` binds both: flow-insensitive."""
    edges = edges_of(
        tmp_path,
        {
            "codec/__init__.py": "",
            "codec/fallback.py": """
                def dumps(obj):
                    return repr(obj)
            """,
            "codec/api.py": """
                try:
                    from ujson import dumps
                except ImportError:
                    from codec.fallback import dumps

                def encode(obj):
                    return dumps(obj)
            """,
        },
    )
    assert edges == {
        ("codec.fallback.dumps", "<builtin>.repr"),
        ("codec.api.encode", "ujson.dumps"),
        ("codec.api.encode", "codec.fallback.dumps"),
    }



def test_imports_inside_functions_bind_locally(tmp_path):
    """An import inside a function binds the name in that function only."""
    edges = internal_edges(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/commands.py": """
                def migrate():
                    return None
            """,
            "app/db.py": """
                def connect():
                    return None
            """,
            "manage.py": """
                def main():
                    from app.commands import migrate
                    import app.db as db

                    db.connect()
                    migrate()

                def other():
                    migrate()
            """,
        },
    )
    assert edges == {("manage.main", "app.commands.migrate"), ("manage.main", "app.db.connect")}


def test_type_checking_imports_still_bind_names(tmp_path):
    """Names imported under `if TYPE_CHECKING:` are bound; annotations give no type."""
    edges = internal_edges(
        tmp_path,
        {
            "inventory/__init__.py": "",
            "inventory/models.py": """
                class Item:
                    def label(self):
                        return "item"

                def describe(item):
                    return item.label()
            """,
            "inventory/views.py": """
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from inventory.models import Item, describe

                def render(item: "Item") -> str:
                    item.label()
                    return describe(item)
            """,
        },
    )
    assert edges == {("inventory.views.render", "inventory.models.describe")}


def test_reexport_chain_of_two_packages(tmp_path):
    """`billing` re-exports `billing.api`'s re-export of `billing.api.stripe.charge`, renamed."""
    edges = internal_edges(
        tmp_path,
        {
            "billing/__init__.py": "from .api import charge as pay\n",
            "billing/api/__init__.py": "from .stripe import charge\n",
            "billing/api/stripe.py": """
                def charge(amount):
                    return amount
            """,
            "checkout.py": """
                import billing
                from billing import pay

                def buy(amount):
                    pay(amount)
                    billing.pay(amount)
                    billing.api.charge(amount)
            """,
        },
    )
    assert edges == {("checkout.buy", "billing.api.stripe.charge")}
