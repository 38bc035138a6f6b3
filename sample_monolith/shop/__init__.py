"""Shop — the online store monolith.

Everything lives in one deployable: the Flask storefront (:mod:`shop.app`),
the FastAPI public API (:mod:`shop.api`), the Django-powered customer
back office (:mod:`shop.urls`), Celery workers (:mod:`shop.celery_app`) and
the admin CLI (:mod:`shop.manage`).
"""

__version__ = "4.12.3"

DEFAULT_CURRENCY = "EUR"
