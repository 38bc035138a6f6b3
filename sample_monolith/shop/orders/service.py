"""Order service: checkout orchestration and order life-cycle.

This module is the main orchestrator of the monolith and therefore the
place with the most cross-domain calls (cart, catalog, customers,
promotions, inventory, payments, shipping, notifications).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from shop.cart import service as cart_service
from shop.catalog import service as catalog_service
from shop.core import events
from shop.core.auth import require_role
from shop.core.config import VAT_RATES
from shop.core.db import TransactionScope, get_session
from shop.core.errors import NotFound, OutOfStock, PaymentDeclined, ValidationError
from shop.core.logging import LogContext, get_logger
from shop.core.money import Money
from shop.customers import service as customers_service
from shop.inventory import service as inventory_service
from shop.inventory.tasks import commit_reservations_task, release_reservations_task
from shop.notifications import service as notifications_service
from shop.payments import service as payments_service
from shop.promotions import service as promotions_service
from shop.shipping import service as shipping_service
from shop.utils.dates import utcnow
from shop.utils.ids import order_number
from shop import helpers
from .models import Order, OrderLine
from .repository import OrderRepository
from .schemas import CheckoutRequest
from .state_machine import REFUND_ON_CANCEL, OrderStateMachine, OrderStatus

if TYPE_CHECKING:
    from shop.cart.models import Cart
    from shop.payments.models import Payment

logger = get_logger(__name__)

UNPAID_TIMEOUT = timedelta(hours=2)


class OrderService:
    """Stateful façade used by the web layer; one instance per request."""

    def __init__(self, session=None, actor: str = "system") -> None:
        self.session = session or get_session()
        self.repo = OrderRepository(self.session)
        self.actor = actor

    # -- checkout ----------------------------------------------------------

    def place_order(self, request: CheckoutRequest) -> Order:
        cart = cart_service.get_cart(request.cart_id)
        if cart.is_empty:
            raise ValidationError("cart is empty")
        customer = customers_service.get_customer_snapshot(request.customer_id)
        cart_service.reprice(cart, customer["group"])

        discounts = promotions_service.apply_discounts(
            [(i.product_id, i.quantity, Decimal(i.unit_price)) for i in cart.items],
            coupon_code=request.coupon_code or cart.coupon_code,
            customer_id=request.customer_id,
        )
        if not inventory_service.reserve(cart.items, cart_id=cart.id, strict=False):
            raise OutOfStock(cart.items[0].product_id, cart.item_count, 0)

        with LogContext(logger, cart_id=cart.id), TransactionScope(self.session):
            order = self._build_order(cart, request, discounts)
            self.repo.add(order)
            self.repo.attach_reservations(cart.id, order.id)
            self.repo.extend_reservations(order.id, minutes=15)  # give the PSP time
            OrderStateMachine(order, self.actor).transition(OrderStatus.AWAITING_PAYMENT)

        total = order.total
        try:
            payment: Payment = payments_service.charge(order.id, total, request.payment_method,
                                                       request.payment_token)
        except PaymentDeclined:
            release_reservations_task.apply_async(args=[order.id], countdown=10)
            self.cancel(order.id, reason="payment_declined")
            raise

        logger.info("order %s placed, payment %s", order.number, payment.id)
        cart_service.clear_cart(cart.id, checked_out=True)
        if discounts.promotion_ids:
            promotions_service.record_redemptions(discounts.promotion_ids, order.id, request.customer_id)
        events.publish("order.placed", {"order_id": order.id, "customer_id": order.customer_id,
                                        "total": str(order.grand_total)})
        notifications_service.send_order_confirmation(order.id)
        return order

    def _build_order(self, cart: "Cart", request: CheckoutRequest, discounts) -> Order:
        address = request.address
        order = Order(
            number=order_number(),
            customer_id=request.customer_id,
            cart_id=cart.id,
            status=OrderStatus.PENDING.value,
            currency=cart.currency,
            email=request.email,
            coupon_code=request.coupon_code or cart.coupon_code,
            shipping_name=address.name,
            shipping_street=address.street,
            shipping_city=address.city,
            shipping_postcode=address.postcode,
            shipping_country=address.country,
            notes=request.notes,
        )
        for item in cart.items:
            product = catalog_service.get_product(item.product_id)
            order.lines.append(OrderLine(
                product_id=item.product_id,
                sku=product.sku,
                name=product.name,
                quantity=item.quantity,
                unit_price=item.unit_price,
                discount=discounts.per_product.get(item.product_id, Decimal("0")),
            ))
        order.discount_total = discounts.order_level
        weight = sum(catalog_service.get_product(i.product_id).weight_grams * i.quantity for i in cart.items)
        quote = shipping_service.quote(address.country, weight, request.shipping_method,
                                       Decimal(cart.subtotal) - discounts.total)
        order.shipping_total = quote.amount
        order.recalculate()
        order.tax_total = helpers.compute_tax(order.subtotal - order.discount_total,
                                              VAT_RATES.get(address.country, Decimal("0.19")))
        order.recalculate()
        return order

    # -- life-cycle ----------------------------------------------------------

    def mark_paid(self, order_id: int, payment_id: int) -> Order:
        from shop.shipping.tasks import create_shipment_task, notify_shipment_created

        order = self.repo.get_or_404(order_id)
        if order.status == OrderStatus.PAID.value:
            return order  # idempotent: webhooks can arrive twice
        machine = OrderStateMachine(order, self.actor)
        machine.on_enter(OrderStatus.PAID, lambda o: setattr(o, "paid_at", utcnow()))
        with TransactionScope(self.session):
            machine.transition(OrderStatus.PAID)
            order.payment_id = payment_id
        commit_reservations_task.delay(order.id)
        (create_shipment_task.s(order.id) | notify_shipment_created.s()).apply_async()
        events.publish("order.paid", {"order_id": order.id, "payment_id": payment_id})
        return order

    def cancel(self, order_id: int, reason: str = "customer_request") -> Order:
        order = self.repo.get_or_404(order_id)
        machine = OrderStateMachine(order, self.actor)
        needs_refund = machine.current in REFUND_ON_CANCEL
        with TransactionScope(self.session):
            machine.transition(OrderStatus.CANCELLED)
            order.cancelled_at = utcnow()
            order.notes = f"{order.notes or ''}\ncancelled: {reason}".strip()
            order = self.repo.save(order)
        if needs_refund and order.payment_id:
            payments_service.refund(order.payment_id, order.total, reason)
        events.publish("order.cancelled", {"order_id": order.id, "reason": reason})
        notifications_service.send_order_cancelled(order.id, reason)
        return order

    def mark_shipped(self, order_id: int, tracking_number: str) -> Order:
        order = self.repo.get_or_404(order_id)
        machine = OrderStateMachine(order, self.actor)
        with TransactionScope(self.session):
            if machine.current == OrderStatus.PAID:
                machine.transition(OrderStatus.FULFILLING)
            machine.transition(OrderStatus.SHIPPED)
            order.shipped_at = utcnow()
        events.publish("order.shipped", {"order_id": order_id, "tracking": tracking_number})
        return order

    def mark_delivered(self, order_id: int) -> Order:
        order = self.repo.get_or_404(order_id)
        with TransactionScope(self.session):
            OrderStateMachine(order, self.actor).transition(OrderStatus.DELIVERED)
        return order

    def expire_unpaid(self) -> int:
        stale = self.repo.unpaid_before(utcnow() - UNPAID_TIMEOUT)
        for order in stale:
            self.cancel(order.id, reason="payment_timeout")
        return len(stale)


# -- module-level functions used by other domains --------------------------

def place_order(request: CheckoutRequest) -> Order:
    return OrderService(actor=f"customer:{request.customer_id}").place_order(request)


def mark_paid(order_id: int, payment_id: int) -> Order:
    """Called back by the payments domain once a charge succeeded."""
    return OrderService(actor="payments").mark_paid(order_id, payment_id)


def cancel_order(order_id: int, reason: str = "customer_request") -> Order:
    return OrderService().cancel(order_id, reason)


def get_order(order_id: int) -> Order:
    order = OrderRepository().get(order_id)
    if order is None:
        raise NotFound(f"order {order_id} not found")
    return order


def get_order_for_shipping(order_id: int) -> dict:
    """Minimal view of an order for the shipping domain."""
    order = get_order(order_id)
    return {
        "order_id": order.id,
        "number": order.number,
        "name": order.shipping_name,
        "street": order.shipping_street,
        "city": order.shipping_city,
        "postcode": order.shipping_postcode,
        "country": order.shipping_country,
        "items": [(l.sku, l.quantity) for l in order.lines],
        "email": order.email,
    }


def has_purchased(customer_id: int, product_id: int) -> bool:
    """Used by reviews to flag verified purchases."""
    return OrderRepository().customer_bought(customer_id, product_id)


@require_role("support")
def refund_order(order_id: int, amount: Decimal | None = None, reason: str = "support") -> None:
    order = get_order(order_id)
    refund_amount = Money(amount, order.currency) if amount is not None else order.total
    payments_service.refund(order.payment_id, refund_amount, reason)
    if refund_amount == order.total:
        with TransactionScope():
            OrderStateMachine(order, "support").transition(OrderStatus.REFUNDED)


def revenue_for_day(day) -> Money:
    start = helpers.day_bounds(day)
    return Money(OrderRepository().revenue_between(*start))


# When shipping confirms a delivery, close the order.
events.subscribe("shipping.delivered", lambda payload: mark_delivered_quietly(payload["order_id"]))


def mark_delivered_quietly(order_id: int) -> None:
    try:
        OrderService(actor="shipping").mark_delivered(order_id)
    except Exception:
        logger.exception("could not mark order %s delivered", order_id)
