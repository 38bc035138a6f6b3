"""Cart business logic."""

from __future__ import annotations

from decimal import Decimal

from ..catalog import pricing
from ..core import events
from ..core.db import TransactionScope, get_session
from ..core.errors import NotFound, OutOfStock, ValidationError
from ..core.logging import get_logger
from ..inventory import service as inventory_service
from ..utils.ids import new_uuid
from .. import helpers
from .models import Cart, CartItem
from .repository import CartRepository

logger = get_logger(__name__)

MAX_LINE_QUANTITY = 99
MAX_LINES = 50


def get_or_create_cart(customer_id: int | None = None, token: str | None = None) -> Cart:
    repo = CartRepository()
    cart = None
    if customer_id is not None:
        cart = repo.open_cart_for_customer(customer_id)
    if cart is None and token:
        cart = repo.by_token(token)
    if cart is None:
        cart = repo.add(Cart(customer_id=customer_id, session_token=token or new_uuid()))
        repo.commit()
    return cart


def get_cart(cart_id: int) -> Cart:
    cart = CartRepository().get(cart_id)
    if cart is None:
        raise NotFound(f"cart {cart_id} not found")
    return cart


def add_item(cart_id: int, product_id: int, quantity: int = 1, variant_code: str | None = None,
             customer_group: str | None = None) -> Cart:
    if not 0 < quantity <= MAX_LINE_QUANTITY:
        raise ValidationError("quantity out of range", quantity=quantity)
    session = get_session()
    repo = CartRepository(session)
    cart = repo.get_or_404(cart_id)
    if cart.is_checked_out:
        raise ValidationError("cart already checked out")
    existing = repo.find_item(cart, product_id, variant_code)
    wanted = quantity + (existing.quantity if existing else 0)
    if not inventory_service.check_availability(product_id, wanted):
        raise OutOfStock(product_id, wanted, inventory_service.available_quantities([product_id])[product_id])
    unit = pricing.price_for(product_id, wanted, customer_group, variant_code)
    with TransactionScope(session):
        if existing:
            existing.quantity = wanted
            existing.unit_price = unit.amount
        else:
            if len(cart.items) >= MAX_LINES:
                raise ValidationError("too many lines in cart")
            cart.items.append(CartItem(product_id=product_id, variant_code=variant_code,
                                       quantity=quantity, unit_price=unit.amount))
    events.publish("cart.item_added", {"cart_id": cart_id, "product_id": product_id, "quantity": quantity})
    return cart


def update_quantity(cart_id: int, item_id: int, quantity: int) -> Cart:
    session = get_session()
    repo = CartRepository(session)
    cart = repo.get_or_404(cart_id)
    item = next((i for i in cart.items if i.id == item_id), None)
    if item is None:
        raise NotFound(f"item {item_id} not in cart {cart_id}")
    with TransactionScope(session):
        if quantity <= 0:
            session.delete(item)
        else:
            if not inventory_service.check_availability(item.product_id, quantity):
                raise OutOfStock(item.product_id, quantity, 0)
            item.quantity = quantity
            item.unit_price = pricing.price_for(item.product_id, quantity, None, item.variant_code).amount
    return cart


def reprice(cart: Cart, customer_group: str | None = None) -> bool:
    """Refresh unit prices; returns True if anything changed."""
    changed = False
    for item in cart.items:
        current = pricing.price_for(item.product_id, item.quantity, customer_group, item.variant_code).amount
        if Decimal(item.unit_price) != current:
            item.unit_price = current
            changed = True
    return changed


def apply_coupon(cart_id: int, code: str) -> Cart:
    repo = CartRepository()
    cart = repo.get_or_404(cart_id)
    cart.coupon_code = code.strip().upper()
    repo.save(cart)
    repo.commit()
    return cart


def clear_cart(cart_id: int, checked_out: bool = False) -> None:
    repo = CartRepository()
    deleted = repo.empty(cart_id)
    if checked_out:
        cart = repo.get_or_404(cart_id)
        cart.is_checked_out = True
        repo.commit()
    logger.debug("cleared %d items from cart %s", deleted, cart_id)


def summarize(cart: Cart) -> dict:
    items = sorted(cart.items, key=lambda i: i.added_at or 0)
    return {
        "id": cart.id,
        "items": [
            {
                "id": i.id,
                "product_id": i.product_id,
                "variant": i.variant_code,
                "quantity": i.quantity,
                "unit_price": helpers.format_price(i.unit_price, cart.currency),
                "total": helpers.format_price(i.line_total, cart.currency),
            }
            for i in items
        ],
        "coupon": cart.coupon_code,
        "item_count": cart.item_count,
        "subtotal": helpers.format_price(cart.subtotal, cart.currency),
    }
