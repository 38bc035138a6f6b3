"""DynamoDB repositories, one per entity the billing service owns.

An item is a dict keyed by the model's field names; values have the model's field types
(int, Decimal, datetime...), checked on the way in and restored on the way out. A field set
to None is not stored, and reads back as None. Unknown fields are refused. Each table's name
comes from the environment template.yaml gives the functions that use it.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

import boto3
from boto3.dynamodb.conditions import Key
from boto3.dynamodb.types import Binary

from billing_service import settings


@functools.cache
def _dynamodb() -> Any:
    return boto3.resource("dynamodb")


class Repository:
    entity: ClassVar[str]
    table_env: ClassVar[str]
    hash_key: ClassVar[str]
    range_key: ClassVar[str] = ""
    fields: ClassVar[dict[str, str]]  # field -> type in the monolith's model
    open_schema: ClassVar[bool] = False  # True when the model's fields are unknown: any attribute goes
    indexes: ClassVar[dict[str, str]] = {}  # foreign key -> its global secondary index

    def __init__(self, table: Any = None) -> None:
        self.table = table if table is not None else _dynamodb().Table(settings.required(self.table_env))

    def put(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """Create the item, or replace the one with the same key; returns it as stored."""
        stored = self.encode(item)
        self.table.put_item(Item=stored)
        return self.decode(stored)

    def encode(self, item: Mapping[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(item) - set(self.fields))
        if unknown and not self.open_schema:
            raise ValueError(f"{self.entity} has no field {', '.join(unknown)}")
        missing = [name for name in self._key_names() if item.get(name) is None]
        if missing:
            raise ValueError(f"{self.entity} needs its key: {', '.join(missing)}")
        return {name: self._encode(name, value) for name, value in item.items() if value is not None}

    def decode(self, stored: Mapping[str, Any]) -> dict[str, Any]:
        item = {name: _decode(kind, stored[name]) if name in stored else None for name, kind in self.fields.items()}
        if self.open_schema:
            item.update({name: _from_dynamodb(value) for name, value in stored.items() if name not in self.fields})
        return item

    def _get(self, key: Mapping[str, Any]) -> dict[str, Any] | None:
        response = self.table.get_item(Key=self._key(key), ConsistentRead=True)
        return self.decode(response["Item"]) if "Item" in response else None

    def _delete(self, key: Mapping[str, Any]) -> None:
        self.table.delete_item(Key=self._key(key))

    def _query(self, attribute: str, value: Any) -> list[dict[str, Any]]:
        """Every item whose `attribute` (the hash key, or a foreign key with an index) equals `value`."""
        arguments: dict[str, Any] = {"KeyConditionExpression": Key(attribute).eq(self._encode(attribute, value))}
        if attribute != self.hash_key:
            arguments["IndexName"] = self.indexes[attribute]
        items = []
        while True:
            response = self.table.query(**arguments)
            items += [self.decode(item) for item in response["Items"]]
            if "LastEvaluatedKey" not in response:
                return items
            arguments["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def _key_names(self) -> tuple[str, ...]:
        return (self.hash_key, self.range_key) if self.range_key else (self.hash_key,)

    def _key(self, key: Mapping[str, Any]) -> dict[str, Any]:
        missing = [name for name in self._key_names() if key.get(name) is None]
        if missing:
            raise ValueError(f"{self.entity} needs its key: {', '.join(missing)}")
        return {name: self._encode(name, key[name]) for name in self._key_names()}

    def _encode(self, name: str, value: Any) -> Any:
        kind = self.fields.get(name, "unknown")
        encoded = _encode(kind, value, f"{self.entity}.{name}")
        keys = {*self._key_names(), *self.indexes}
        return int(encoded) if kind == "boolean" and name in keys else encoded  # keys hold numbers, not booleans


def _encode(kind: str, value: Any, where: str) -> Any:
    try:
        return _ENCODERS.get(kind, _to_dynamodb)(value)
    except (TypeError, ValueError, ArithmeticError) as error:
        raise ValueError(f"{where}: {error}") from None


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, decimal.Decimal)) or int(value) != value:
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return int(value)


def _number(value: Any) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal, str)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    number = decimal.Decimal(str(value))
    if not number.is_finite():
        raise ValueError("expected a finite number")
    return number


def _of(*types: type) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            raise TypeError(f"expected {' or '.join(t.__name__ for t in types)}, got {type(value).__name__}")
        return value
    return check


def _clock(kind: type) -> Any:
    def encode(value: Any) -> str:
        if isinstance(value, str):
            kind.fromisoformat(value)  # refuse what would not read back
            return value
        if not isinstance(value, kind) or (kind is datetime.date and isinstance(value, datetime.datetime)):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value.isoformat()
    return encode


def _to_dynamodb(value: Any) -> Any:
    """JSON-like values as DynamoDB takes them: floats become Decimals."""
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, Mapping):
        return {str(k): _to_dynamodb(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_dynamodb(v) for v in value]
    return value


def _from_dynamodb(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {k: _from_dynamodb(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_dynamodb(v) for v in value]
    return value


_ENCODERS = {
    "integer": _integer,
    "decimal": _number,
    "float": _number,
    "boolean": _of(bool),
    "string": _of(str),
    "datetime": _clock(datetime.datetime),
    "date": _clock(datetime.date),
    "time": _clock(datetime.time),
    "uuid": lambda value: str(value if isinstance(value, uuid.UUID) else uuid.UUID(_of(str)(value))),
    "binary": lambda value: Binary(bytes(_of(bytes, bytearray)(value))),
}
_DECODERS = {
    "integer": int,
    "decimal": decimal.Decimal,
    "float": float,
    "boolean": bool,
    "string": str,
    "datetime": datetime.datetime.fromisoformat,
    "date": datetime.date.fromisoformat,
    "time": datetime.time.fromisoformat,
    "uuid": uuid.UUID,
    "binary": lambda value: bytes(value.value if isinstance(value, Binary) else value),
}


def _decode(kind: str, value: Any) -> Any:
    return _DECODERS.get(kind, _from_dynamodb)(value)


class InvoiceRepository(Repository):
    """`shop.billing.models.Invoice`: table `invoices` in the monolith (sqlalchemy), shop/billing/models.py:6.
    """

    entity = "shop.billing.models.Invoice"
    table_env = "INVOICE_TABLE"
    hash_key = "id"
    fields = {
        "id": "integer",
        "number": "string",
        "order_id": "integer",
    }
    indexes = {
        "order_id": "ByOrderId",
    }

    def get(self, id: int) -> dict[str, Any] | None:
        return self._get({"id": id})

    def delete(self, id: int) -> None:
        self._delete({"id": id})

    def query_by_order_id(self, order_id: int) -> list[dict[str, Any]]:
        """Every item whose `order_id` is this (a reference to `shop.orders.models.Order`)."""
        return self._query("order_id", order_id)


def invoice() -> InvoiceRepository:
    """The repository of `shop.billing.models.Invoice`, on the table template.yaml names in INVOICE_TABLE."""
    return InvoiceRepository()
