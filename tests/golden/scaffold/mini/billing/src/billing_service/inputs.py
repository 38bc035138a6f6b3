"""The validated input of each operation, from the parameters of the original function.

Handlers build these from the HTTP request, the message payload or the invocation and refuse
what does not fit (400, a failed record, an `invalid_request` error): nothing invalid reaches
an operation. A parameter whose original type is an object of the monolith (an ORM row...)
is `Any` here and flagged: send its key instead, and look the object up in the port.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class InvalidInput(Exception):
    """The input does not match the operation's parameters; `errors` says where, never echoing values."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} invalid field(s)")
        self.errors = errors


class OperationInput(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
    synthetic: ClassVar[frozenset[str]] = frozenset()  # fields the original does not take

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments for the original function: what the caller gave, by original name."""
        return self.model_dump(by_alias=True, exclude_unset=True, exclude=set(self.synthetic))


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidInput([
            {"loc": [str(part) for part in e["loc"]], "msg": e["msg"], "type": e["type"]} for e in error.errors()
        ]) from None


class SendInvoiceInput(OperationInput):
    """Input of `send_invoice`: the parameters of `shop.billing.tasks.send_invoice`."""

    order_id: int


class TaxForInput(OperationInput):
    """Input of `tax_for`: the parameters of `shop.billing.tax.tax_for`."""

    amount: Decimal
    rate: Decimal = Field(default=None)
