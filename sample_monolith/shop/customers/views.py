"""Customer back-office views (Django)."""

from __future__ import annotations

from django.http import Http404, JsonResponse
from django.views import View
from django.views.decorators.http import require_http_methods

from shop.core.errors import NotFound, ShopError
from . import service
from .mixins import JsonBodyMixin, StaffOrOwnerMixin


def _customer_dict(customer) -> dict:
    return {
        "id": customer.pk,
        "email": customer.email,
        "name": customer.full_name,
        "tier": customer.tier,
        "points": customer.loyalty_points,
        "groups": [g.code for g in customer.groups.all()],
    }


class CustomerDetailView(StaffOrOwnerMixin, JsonBodyMixin, View):
    def get(self, request, pk):
        try:
            customer = service.get_customer(pk)
        except NotFound:
            raise Http404
        return JsonResponse(_customer_dict(customer))

    def patch(self, request, pk):
        try:
            customer = service.update_customer(pk, **self.json_body(request))
        except ShopError as exc:
            return JsonResponse(exc.to_dict(), status=exc.status_code)
        return JsonResponse(_customer_dict(customer))

    def delete(self, request, pk):
        service.close_account(pk)
        return JsonResponse({}, status=204)


class CustomerAddressesView(StaffOrOwnerMixin, JsonBodyMixin, View):
    def get(self, request, pk):
        customer = service.get_customer(pk)
        return JsonResponse({"addresses": [a.as_dict() for a in customer.addresses.all()]})

    def post(self, request, pk):
        body = self.json_body(request)
        default = bool(body.pop("default", False))
        address = service.add_address(pk, body, default=default)
        return JsonResponse(address.as_dict(), status=201)


class AddressDeleteView(StaffOrOwnerMixin, View):
    def delete(self, request, pk, address_id):
        service.remove_address(pk, address_id)
        return JsonResponse({}, status=204)


class CustomerSearchView(View):
    def get(self, request):
        if not request.user.is_staff:
            return JsonResponse({"error": "staff only"}, status=403)
        customers = service.search_customers(request.GET.get("q", ""))
        return JsonResponse({"results": [_customer_dict(c) for c in customers]})


@require_http_methods(["POST"])
def register(request):
    body = JsonBodyMixin().json_body(request)
    try:
        customer = service.register_customer(
            body.get("email", ""), body.get("first_name", ""), body.get("last_name", ""),
            referral_code=body.get("referral_code"),
        )
    except ShopError as exc:
        return JsonResponse(exc.to_dict(), status=exc.status_code)
    return JsonResponse(_customer_dict(customer), status=201)
