"""Library members (patrons), their cards and households."""
from datetime import date

from django.db import models

from libris.core.models import ActiveManager, TimeStampedModel


class Member(TimeStampedModel):
    card_number = models.CharField(max_length=14, unique=True)
    full_name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=32, blank=True)
    is_active = models.BooleanField(default=True)
    home_branch = models.ForeignKey(
        "catalog.Branch", on_delete=models.PROTECT, related_name="members"
    )

    objects = ActiveManager()

    def __str__(self):
        return f"{self.full_name} ({self.card_number})"


class MembershipCard(models.Model):
    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="card")
    issued_on = models.DateField(default=date.today)
    expires_on = models.DateField()
    blocked = models.BooleanField(default=False)
    block_reason = models.CharField(max_length=200, blank=True)

    class Meta:
        db_table = "member_cards"

    def is_valid(self, today=None):
        today = today or date.today()
        return not self.blocked and self.expires_on >= today


class Household(TimeStampedModel):
    """Family accounts share a borrowing limit."""

    name = models.CharField(max_length=200)
    members = models.ManyToManyField("Member", related_name="households")
    primary_contact = models.OneToOneField(
        "Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    max_loans = models.PositiveSmallIntegerField(default=40)
