"""Abstract bases, mixins and managers shared by the Django apps.

Nothing in this module has a table of its own.
"""
from django.db import models
from django.utils import timezone


class ActiveManager(models.Manager):
    """Manager for models that carry an ``is_active`` flag (members, branches)."""

    def active(self):
        return self.filter(is_active=True)

    def deactivate_stale(self, cutoff):
        """Deactivate rows nobody touched since ``cutoff``; returns the row count."""
        return self.filter(is_active=True, updated_at__lt=cutoff).update(is_active=False)


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        get_latest_by = "created_at"


class DisplayNameMixin:
    """Plain-Python mixin: a consistent label for the admin, notices and exports."""

    display_fields = ("name",)

    def display_name(self):
        parts = [str(getattr(self, field, "") or "") for field in self.display_fields]
        label = " ".join(p for p in parts if p).strip()
        return label or f"{type(self).__name__} #{self.pk}"

    def __str__(self):
        return self.display_name()
