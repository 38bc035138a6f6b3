from . import extensions
from .db import db
from .settings import settings


def load_price_from_db(sku):
    row = db.query_one("SELECT price FROM products WHERE sku = ?", sku)
    return row["price"]


class ProductCatalog:
    def __init__(self, loader):
        self.loader = loader

    def price(self, sku):
        key = f"price:{sku}"
        cached = extensions.cache.get(key)
        if cached is not None:
            return float(cached)
        value = self.loader(sku)
        ttl = 60 if settings.enabled("fast-prices") else 600
        extensions.cache.set(key, value, ttl=ttl)
        return value


catalog = ProductCatalog(load_price_from_db)
