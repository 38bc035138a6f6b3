"""Payments: charging, refunds and provider webhooks."""
