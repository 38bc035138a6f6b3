from django.core.mail import send_mail
from django.db import transaction

from .models import Order


class OrderService:
    def __init__(self, user):
        self.user = user

    def place(self, data):
        with transaction.atomic():
            order = Order(customer=self.user, product_id=data["product_id"], quantity=data["quantity"])
            order.full_clean()
            order.save()
        self.notify(order)
        return order

    def notify(self, order):
        send_mail("Order received", f"Order #{order.pk}: {order.total()}", None, [self.user.email])
