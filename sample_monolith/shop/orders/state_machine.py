"""Order status state machine."""

from __future__ import annotations

import enum
from typing import Callable

from shop.core.errors import Conflict


class OrderStatus(str, enum.Enum):
    PENDING = "pending"
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    FULFILLING = "fulfilling"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


TRANSITIONS: dict[OrderStatus, set[OrderStatus]] = {
    OrderStatus.PENDING: {OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.CANCELLED},
    OrderStatus.AWAITING_PAYMENT: {OrderStatus.PAID, OrderStatus.CANCELLED},
    OrderStatus.PAID: {OrderStatus.FULFILLING, OrderStatus.REFUNDED, OrderStatus.CANCELLED},
    OrderStatus.FULFILLING: {OrderStatus.SHIPPED, OrderStatus.CANCELLED},
    OrderStatus.SHIPPED: {OrderStatus.DELIVERED},
    OrderStatus.DELIVERED: {OrderStatus.REFUNDED},
    OrderStatus.CANCELLED: set(),
    OrderStatus.REFUNDED: set(),
}

# Statuses from which a cancellation must also trigger a refund.
REFUND_ON_CANCEL = frozenset(s for s in OrderStatus if s in {OrderStatus.PAID, OrderStatus.FULFILLING})


class InvalidTransition(Conflict):
    code = "invalid_transition"


class OrderStateMachine:
    """Validates and applies status changes, firing per-status hooks."""

    def __init__(self, order, actor: str = "system") -> None:
        self.order = order
        self.actor = actor
        self._hooks: dict[OrderStatus, list[Callable]] = {}

    @property
    def current(self) -> OrderStatus:
        return OrderStatus(self.order.status)

    def can(self, target: OrderStatus) -> bool:
        return target in TRANSITIONS[self.current]

    def on_enter(self, status: OrderStatus, hook: Callable) -> "OrderStateMachine":
        self._hooks.setdefault(status, []).append(hook)
        return self

    def transition(self, target: OrderStatus):
        from .models import OrderStatusChange

        if not self.can(target):
            raise InvalidTransition(f"{self.current.value} -> {target.value} not allowed",
                                    order_id=self.order.id)
        change = OrderStatusChange(order_id=self.order.id, from_status=self.current.value,
                                   to_status=target.value, actor=self.actor)
        self.order.status = target.value
        self.order.history.append(change)
        for hook in self._hooks.get(target, []):
            hook(self.order)
        return change

    @staticmethod
    def reachable_from(status: OrderStatus) -> set[OrderStatus]:
        seen, stack = set(), [status]
        while stack:
            for nxt in TRANSITIONS[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen
