"""Each repository against its table, created in moto from template.yaml: typed round trips,
queries by key and by foreign key (the template's indexes), deletes, and refusals."""

from __future__ import annotations

import pytest

import sam_harness
import samples
from orders_service import repositories


def test_order_round_trip(aws):
    repository = repositories.order()
    item = samples.order(1)
    other = samples.order(2)
    assert repository.put(item) == item
    repository.put(other)
    assert repository.get(id=item["id"]) == item
    repository.delete(id=item["id"])
    assert repository.get(id=item["id"]) is None
    assert repository.get(id=other["id"]) == other


def test_order_stores_no_nulls(aws):
    repository = repositories.order()
    item = {**samples.order(3), "note": None}
    assert repository.put(item) == item
    [stored] = sam_harness.items("OrderTable")
    assert "note" not in stored


def test_order_refuses_what_does_not_fit(aws):
    repository = repositories.order()
    item = samples.order(4)
    with pytest.raises(ValueError, match="no field"):
        repository.put({**item, "no_such_field": 1})
    with pytest.raises(ValueError, match="needs its key"):
        repository.put({**item, "id": None})
    with pytest.raises(ValueError):
        repository.put({**item, "id": "not-a-integer"})
    assert sam_harness.items("OrderTable") == []


def test_order_line_round_trip(aws):
    repository = repositories.order_line()
    item = samples.order_line(1)
    other = samples.order_line(2)
    assert repository.put(item) == item
    repository.put(other)
    assert repository.get(id=item["id"]) == item
    assert item in repository.query_by_order_id(item["order_id"])
    repository.delete(id=item["id"])
    assert repository.get(id=item["id"]) is None
    assert repository.get(id=other["id"]) == other


def test_order_line_refuses_what_does_not_fit(aws):
    repository = repositories.order_line()
    item = samples.order_line(4)
    with pytest.raises(ValueError, match="no field"):
        repository.put({**item, "no_such_field": 1})
    with pytest.raises(ValueError, match="needs its key"):
        repository.put({**item, "id": None})
    with pytest.raises(ValueError):
        repository.put({**item, "id": "not-a-integer"})
    assert sam_harness.items("OrderLineTable") == []
