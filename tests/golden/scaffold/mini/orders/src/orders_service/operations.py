"""The operations of the orders service: the seam where the monolith's code is ported.

Ported: 0 of 2 operations (they run their original code, copied unchanged into src/).
The others raise `NotPorted` (HTTP 501, a failed queue record, a `not_ported` error) until
someone ports them: their docstrings list the data access still on the old ORM and the
calls that now go through clients. Nothing here pretends to be done.
"""

from __future__ import annotations

from typing import Any

from orders_service import inputs
from orders_service.observability import tracer


class NotPorted(NotImplementedError):
    """The operation's original still runs on the monolith's frameworks; see the README's checklist."""

    def __init__(self, operation: str, original: str) -> None:
        super().__init__(f"{operation} is not ported yet (original: {original})")
        self.operation = operation
        self.original = original


@tracer.capture_method
def create(request: inputs.CreateInput) -> Any:
    """POST /orders: `shop.orders.routes.create` (shop/orders/routes.py:9).

    Not ported: it writes `shop.orders.models.Order` through the old ORM or SQL
    (shop/orders/service.py:14: session.add).

    Data access still on the old ORM or SQL (move it to the repositories):
    - shop/orders/service.py:14: writes `shop.orders.models.Order` -> repositories.order()

    Calls that now go through clients:
    - shop/orders/service.py:13: `shop.billing.tax.tax_for` -> clients.BillingClient.tax_for
    - shop/orders/service.py:16: `shop.billing.tasks.send_invoice` -> clients.BillingClient.send_invoice

    The original: src/shop/orders/routes.py:9
    """
    raise NotPorted("create", "shop.orders.routes.create")


@tracer.capture_method
def show(request: inputs.ShowInput) -> Any:
    """GET /orders/{order_id}: `shop.orders.routes.show` (shop/orders/routes.py:16).

    Not ported: it reads `shop.orders.models.Order` through the old ORM or SQL
    (shop/orders/service.py:21: session.get(Order)).

    Data access still on the old ORM or SQL (move it to the repositories):
    - shop/orders/service.py:21: reads `shop.orders.models.Order` -> repositories.order()

    The original: src/shop/orders/routes.py:16
    """
    raise NotPorted("show", "shop.orders.routes.show")
