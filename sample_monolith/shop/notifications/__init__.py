"""Notifications: e-mail, SMS and push messages to customers and staff."""

from .service import notify, send_order_confirmation

__all__ = ["notify", "send_order_confirmation"]
