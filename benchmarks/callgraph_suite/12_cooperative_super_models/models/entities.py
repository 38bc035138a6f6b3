from .base import AuditMixin, Model, SoftDeleteMixin, TimestampMixin


class Customer(TimestampMixin, AuditMixin, Model):
    table = "customers"


class Invoice(SoftDeleteMixin, TimestampMixin, Model):
    table = "invoices"


class Note(AuditMixin, Model):
    table = "notes"
