"""Reporting schema loads and the recommendation model."""
