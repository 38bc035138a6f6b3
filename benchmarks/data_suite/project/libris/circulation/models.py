"""Loans, holds (reservations) and fines."""
from datetime import date

from django.db import models

from libris.catalog.models import Branch
from libris.core.models import TimeStampedModel


class Loan(TimeStampedModel):
    copy = models.ForeignKey("catalog.Copy", on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey("members.Member", on_delete=models.PROTECT, related_name="loans")
    due_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)
    renewals = models.PositiveSmallIntegerField(default=0)

    class Meta:
        db_table = "circulation_loans"
        indexes = [models.Index(fields=["due_on", "returned_on"])]

    def days_late(self, today=None):
        end = self.returned_on or today or date.today()
        return max(0, (end - self.due_on).days)


class Hold(TimeStampedModel):
    WAITING, READY, FULFILLED, EXPIRED = "waiting", "ready", "fulfilled", "expired"

    book = models.ForeignKey("catalog.Book", on_delete=models.CASCADE, related_name="holds")
    member = models.ForeignKey("members.Member", on_delete=models.CASCADE, related_name="holds")
    pickup_branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(max_length=10, default=WAITING)
    position = models.PositiveIntegerField(default=1)


class Fine(models.Model):
    loan = models.OneToOneField(Loan, on_delete=models.CASCADE, related_name="fine")
    amount_cents = models.PositiveIntegerField()
    paid_on = models.DateField(null=True, blank=True)
    waived = models.BooleanField(default=False)

    @property
    def outstanding(self):
        return 0 if (self.paid_on or self.waived) else self.amount_cents
