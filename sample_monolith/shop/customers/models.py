"""Customer models (Django ORM)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from shop.core.models import SoftDeleteMixin, TimeStampedModel
from .mixins import LoyaltyMixin


class CustomerQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True, is_deleted=False)

    def in_group(self, code: str):
        return self.filter(groups__code=code)

    def marketing_opt_in(self):
        return self.active().filter(accepts_marketing=True)


class CustomerManager(models.Manager):
    """Default manager: hides soft-deleted customers and adds helpers."""

    def get_queryset(self):
        return CustomerQuerySet(self.model, using=self._db).filter(is_deleted=False)

    def active(self):
        return self.get_queryset().active()

    def by_email(self, email: str):
        return self.get_queryset().filter(email__iexact=email.strip()).first()

    def create_customer(self, email: str, first_name: str, last_name: str, **extra):
        customer = self.model(email=email.lower(), first_name=first_name, last_name=last_name, **extra)
        customer.save(using=self._db)
        return customer


class CustomerGroup(TimeStampedModel):
    id = models.AutoField(primary_key=True)
    code = models.CharField(max_length=30, unique=True)
    name = models.CharField(max_length=100)
    discount_percent = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    is_b2b = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.name


class Customer(TimeStampedModel, SoftDeleteMixin, LoyaltyMixin):
    id = models.AutoField(primary_key=True)
    email = models.EmailField(unique=True)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    phone = models.CharField(max_length=30, blank=True, default="")
    is_active = models.BooleanField(default=True)
    accepts_marketing = models.BooleanField(default=False)
    date_of_birth = models.DateField(null=True, blank=True)
    last_login_at = models.DateTimeField(null=True, blank=True)
    groups = models.ManyToManyField(CustomerGroup, related_name="customers", blank=True)
    referred_by = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="referrals")

    objects = CustomerManager()
    all_objects = models.Manager()

    class Meta:
        db_table = "customers"
        ordering = ["last_name", "first_name"]
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def primary_group(self) -> str | None:
        group = self.groups.order_by("-discount_percent").first()
        return group.code if group else None

    def record_login(self) -> None:
        self.last_login_at = timezone.now()
        self.save(update_fields=["last_login_at"])


class CustomerProfile(TimeStampedModel):
    id = models.AutoField(primary_key=True)
    customer = models.OneToOneField(Customer, on_delete=models.CASCADE, related_name="profile")
    preferred_language = models.CharField(max_length=5, default="en")
    newsletter_frequency = models.CharField(max_length=10, default="weekly",
                                            choices=[("daily", "Daily"), ("weekly", "Weekly"), ("never", "Never")])
    sms_opt_in = models.BooleanField(default=False)
    company_name = models.CharField(max_length=120, blank=True, default="")
    vat_id = models.CharField(max_length=20, blank=True, default="")


class Address(TimeStampedModel):
    id = models.AutoField(primary_key=True)
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="addresses")
    label = models.CharField(max_length=40, default="home")
    name = models.CharField(max_length=120)
    street = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    postcode = models.CharField(max_length=20)
    country = models.CharField(max_length=2)
    is_default_shipping = models.BooleanField(default=False)
    is_default_billing = models.BooleanField(default=False)

    class Meta:
        db_table = "customer_addresses"
        verbose_name_plural = "addresses"

    def as_dict(self) -> dict:
        return {"id": self.pk, "label": self.label, "name": self.name, "street": self.street,
                "city": self.city, "postcode": self.postcode, "country": self.country}
