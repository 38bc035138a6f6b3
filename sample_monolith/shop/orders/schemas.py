"""Checkout payload parsing and order serialisation."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from shop.core.errors import ValidationError
from shop.utils.validation import Validator, valid_email, valid_postcode
from shop import helpers


@dataclass
class ShippingAddress:
    name: str
    street: str
    city: str
    postcode: str
    country: str

    @classmethod
    def from_dict(cls, data: dict) -> "ShippingAddress":
        Validator(data).rule("name", bool, "required").rule("street", bool, "required") \
            .rule("city", bool, "required").rule("country", lambda c: bool(c) and len(c) == 2, "ISO code").validate()
        address = cls(data["name"].strip(), data["street"].strip(), data["city"].strip(),
                      data.get("postcode", "").strip(), data["country"].upper())
        if not valid_postcode(address.country, address.postcode):
            raise ValidationError("invalid postcode", postcode=address.postcode)
        return address


@dataclass
class CheckoutRequest:
    cart_id: int
    customer_id: int
    email: str
    address: ShippingAddress
    payment_method: str = "stripe"
    payment_token: str | None = None
    shipping_method: str = "standard"
    notes: str | None = None
    coupon_code: str | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def parse(cls, data: dict, customer_id: int) -> "CheckoutRequest":
        if not valid_email(data.get("email", "")):
            raise ValidationError("invalid email")
        return cls(
            cart_id=int(data["cart_id"]),
            customer_id=customer_id,
            email=data["email"].lower(),
            address=ShippingAddress.from_dict(data.get("address", {})),
            payment_method=data.get("payment_method", "stripe"),
            payment_token=data.get("payment_token"),
            shipping_method=data.get("shipping_method", "standard"),
            notes=data.get("notes"),
            coupon_code=data.get("coupon_code"),
        )

    def to_dict(self) -> dict:
        return asdict(self)


def order_to_dict(order) -> dict:
    return {
        "id": order.id,
        "number": order.number,
        "status": order.status,
        "placed_at": helpers.format_datetime(order.placed_at),
        "lines": [
            {"sku": l.sku, "name": l.name, "quantity": l.quantity,
             "unit_price": helpers.format_price(l.unit_price, order.currency)}
            for l in order.lines
        ],
        "subtotal": helpers.format_price(order.subtotal, order.currency),
        "discount": helpers.format_price(order.discount_total, order.currency),
        "shipping": helpers.format_price(order.shipping_total, order.currency),
        "tax": helpers.format_price(order.tax_total, order.currency),
        "total": helpers.format_price(order.grand_total, order.currency),
    }
