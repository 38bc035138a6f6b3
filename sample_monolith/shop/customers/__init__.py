"""Customers: accounts, addresses and customer groups (Django ORM)."""

default_app_config = "shop.customers.apps.CustomersConfig"
