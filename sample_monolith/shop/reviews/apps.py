"""Django app configuration for reviews."""

from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "shop.reviews"
    label = "reviews"
    verbose_name = "Product reviews"
