"""Customer service (Django ORM)."""

from __future__ import annotations

import csv
from decimal import Decimal

from django.db import transaction
from django.db.models import Count, F, Q

from shop.core import events
from shop.core.cache import cached
from shop.core.errors import Conflict, NotFound, ValidationError
from shop.core.logging import get_logger
from shop.utils.validation import valid_email, valid_phone
from shop import helpers
from .models import Address, Customer, CustomerGroup, CustomerProfile

logger = get_logger(__name__)


def register_customer(email: str, first_name: str, last_name: str, password_hash: str | None = None,
                      referral_code: str | None = None, **profile_fields) -> Customer:
    if not valid_email(email):
        raise ValidationError("invalid email", email=email)
    if Customer.objects.by_email(email):
        raise Conflict("email already registered")
    with transaction.atomic():
        referrer = None
        if referral_code:
            referrer = Customer.objects.filter(pk=helpers.decode_referral_code(referral_code)).first()
        customer = Customer.objects.create_customer(email, first_name, last_name, referred_by=referrer)
        CustomerProfile.objects.create(customer=customer, **profile_fields)
        default_group, _ = CustomerGroup.objects.get_or_create(code="retail", defaults={"name": "Retail"})
        customer.groups.add(default_group)
    events.publish("customer.registered", {"customer_id": customer.pk, "email": customer.email})
    return customer


def get_customer(customer_id: int) -> Customer:
    try:
        return Customer.objects.select_related("profile").get(pk=customer_id)
    except Customer.DoesNotExist:
        raise NotFound(f"customer {customer_id} not found")


@cached(ttl=60)
def get_customer_snapshot(customer_id: int) -> dict:
    """Read-only projection other domains use (orders, notifications)."""
    customer = get_customer(customer_id)
    profile = getattr(customer, "profile", None)
    return {
        "id": customer.pk,
        "email": customer.email,
        "name": customer.full_name,
        "phone": customer.phone,
        "group": customer.primary_group,
        "tier": customer.tier,
        "language": profile.preferred_language if profile else "en",
        "sms_opt_in": bool(profile and profile.sms_opt_in),
    }


def get_contact(customer_id: int) -> tuple[str, str | None]:
    snapshot = get_customer_snapshot(customer_id)
    return snapshot["email"], snapshot["phone"] if snapshot["sms_opt_in"] else None


def update_customer(customer_id: int, **fields) -> Customer:
    customer = get_customer(customer_id)
    if "phone" in fields and fields["phone"] and not valid_phone(fields["phone"]):
        raise ValidationError("invalid phone")
    allowed = {"first_name", "last_name", "phone", "accepts_marketing", "date_of_birth"}
    for name, value in fields.items():
        if name in allowed:
            setattr(customer, name, value)
    customer.save()
    get_customer_snapshot.invalidate()
    return customer


def add_address(customer_id: int, data: dict, default: bool = False) -> Address:
    customer = get_customer(customer_id)
    with transaction.atomic():
        if default:
            Address.objects.filter(customer=customer).update(is_default_shipping=False)
        address = Address(customer=customer, is_default_shipping=default, **data)
        address.save()
    return address


def remove_address(customer_id: int, address_id: int) -> None:
    deleted, _ = Address.objects.filter(customer_id=customer_id, pk=address_id).delete()
    if not deleted:
        raise NotFound("address not found")


def award_loyalty(customer_id: int, amount: Decimal) -> int:
    customer = get_customer(customer_id)
    points = customer.earn(amount)
    customer.save(update_fields=["loyalty_points", "lifetime_spend"])
    return points


def close_account(customer_id: int) -> None:
    customer = get_customer(customer_id)
    customer.soft_delete()
    Customer.objects.filter(referred_by=customer).update(referred_by=None)
    events.publish("customer.closed", {"customer_id": customer_id})


def purge_account(customer_id: int) -> None:
    """GDPR erasure: really delete the row."""
    customer = Customer.all_objects.get(pk=customer_id)
    customer.delete()


def import_customers(path: str) -> int:
    with open(path, newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if valid_email(r.get("email", ""))]
    existing = set(Customer.all_objects.filter(email__in=[r["email"].lower() for r in rows])
                   .values_list("email", flat=True))
    new = [Customer(email=r["email"].lower(), first_name=r.get("first_name", ""),
                    last_name=r.get("last_name", ""), accepts_marketing=r.get("marketing") == "yes")
           for r in rows if r["email"].lower() not in existing]
    Customer.objects.bulk_create(new, batch_size=500)
    return len(new)


def search_customers(term: str, limit: int = 25) -> list[Customer]:
    query = Q(email__icontains=term) | Q(last_name__icontains=term) | Q(first_name__icontains=term)
    return list(Customer.objects.active().filter(query).select_related("profile")[:limit])


def top_referrers(limit: int = 10) -> list[tuple[str, int]]:
    rows = (Customer.objects.active().annotate(n=Count("referrals")).filter(n__gt=0)
            .order_by("-n")[:limit])
    return [(c.email, c.n) for c in rows]


def bump_group_discount(code: str, delta: Decimal) -> int:
    return CustomerGroup.objects.filter(code=code).update(discount_percent=F("discount_percent") + delta)


# Loyalty points are earned when an order is paid.
events.subscribe("order.placed", lambda p: award_loyalty(p["customer_id"], Decimal(p["total"])))
