"""Django app configuration for customers."""

from django.apps import AppConfig


class CustomersConfig(AppConfig):
    name = "shop.customers"
    label = "customers"
    verbose_name = "Customers"
    default_auto_field = "django.db.models.AutoField"

    def ready(self) -> None:
        # Import for side effects: registers event subscribers.
        from . import service  # noqa: F401
