"""Each repository against its table, created in moto from template.yaml: typed round trips,
queries by key and by foreign key (the template's indexes), deletes, and refusals."""

from __future__ import annotations

import pytest

import sam_harness
import samples
from billing_service import repositories


def test_invoice_round_trip(aws):
    repository = repositories.invoice()
    item = samples.invoice(1)
    other = samples.invoice(2)
    assert repository.put(item) == item
    repository.put(other)
    assert repository.get(id=item["id"]) == item
    assert item in repository.query_by_order_id(item["order_id"])
    repository.delete(id=item["id"])
    assert repository.get(id=item["id"]) is None
    assert repository.get(id=other["id"]) == other


def test_invoice_refuses_what_does_not_fit(aws):
    repository = repositories.invoice()
    item = samples.invoice(4)
    with pytest.raises(ValueError, match="no field"):
        repository.put({**item, "no_such_field": 1})
    with pytest.raises(ValueError, match="needs its key"):
        repository.put({**item, "id": None})
    with pytest.raises(ValueError):
        repository.put({**item, "id": "not-a-integer"})
    assert sam_harness.items("InvoiceTable") == []
