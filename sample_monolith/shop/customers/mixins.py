"""Mixins for customer models and views."""

from __future__ import annotations

import json
from decimal import Decimal

from django.db import models
from django.http import HttpResponseForbidden, JsonResponse


class LoyaltyMixin(models.Model):
    """Loyalty points bookkeeping mixed into :class:`Customer`."""

    loyalty_points = models.PositiveIntegerField(default=0)
    lifetime_spend = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))

    POINTS_PER_EURO = 1
    TIERS = ((Decimal("5000"), "platinum"), (Decimal("1500"), "gold"), (Decimal("300"), "silver"))

    class Meta:
        abstract = True

    @property
    def tier(self) -> str:
        for threshold, name in self.TIERS:
            if self.lifetime_spend >= threshold:
                return name
        return "bronze"

    def earn(self, amount: Decimal) -> int:
        points = int(amount) * self.POINTS_PER_EURO
        self.loyalty_points += points
        self.lifetime_spend += amount
        return points


class JsonBodyMixin:
    """Parse a JSON request body for class-based views."""

    def json_body(self, request) -> dict:
        try:
            return json.loads(request.body or b"{}")
        except ValueError:
            return {}


class StaffOrOwnerMixin:
    """Only staff or the customer themself may access the object."""

    owner_kwarg = "pk"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return JsonResponse({"error": "authentication required"}, status=401)
        if not user.is_staff and getattr(user, "customer_id", None) != kwargs.get(self.owner_kwarg):
            return HttpResponseForbidden()
        return super().dispatch(request, *args, **kwargs)
