"""Orders: checkout, order life-cycle and reporting."""

from .service import cancel_order, mark_paid, place_order
from .state_machine import OrderStatus

__all__ = ["place_order", "mark_paid", "cancel_order", "OrderStatus"]
