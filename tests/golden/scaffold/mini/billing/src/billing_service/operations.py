"""The operations of the billing service: the seam where the monolith's code is ported.

Ported: 1 of 2 operations (they run their original code, copied unchanged into src/).
The others raise `NotPorted` (HTTP 501, a failed queue record, a `not_ported` error) until
someone ports them: their docstrings list the data access still on the old ORM and the
calls that now go through clients. Nothing here pretends to be done.
"""

from __future__ import annotations

import importlib
from typing import Any

from billing_service import inputs
from billing_service.observability import tracer


class NotPorted(NotImplementedError):
    """The operation's original still runs on the monolith's frameworks; see the README's checklist."""

    def __init__(self, operation: str, original: str) -> None:
        super().__init__(f"{operation} is not ported yet (original: {original})")
        self.operation = operation
        self.original = original


@tracer.capture_method
def send_invoice(request: inputs.SendInvoiceInput) -> Any:
    """Queue message: `shop.billing.tasks.send_invoice` (shop/billing/tasks.py:8).

    Not ported: it writes `shop.billing.models.Invoice` through the old ORM or SQL
    (shop/billing/tasks.py:10: session.add).

    Data access still on the old ORM or SQL (move it to the repositories):
    - shop/billing/tasks.py:10: writes `shop.billing.models.Invoice` -> repositories.invoice()

    The original: src/shop/billing/tasks.py:8
    """
    raise NotPorted("send_invoice", "shop.billing.tasks.send_invoice")


@tracer.capture_method
def tax_for(request: inputs.TaxForInput) -> Any:
    """Sync interface: `shop.billing.tax.tax_for` (shop/billing/tax.py:8).

    Ported: runs the copied original unchanged; it needs only the standard library and code
    copied into src/.
    """
    original = getattr(importlib.import_module("shop.billing.tax"), "tax_for")
    return original(**request.arguments())
