"""Product reviews and ratings (Django ORM, FastAPI endpoints)."""

default_app_config = "shop.reviews.apps.ReviewsConfig"
