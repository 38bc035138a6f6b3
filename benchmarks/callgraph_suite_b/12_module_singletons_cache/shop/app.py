from flask import Flask, jsonify

from . import extensions
from .catalog import catalog
from .settings import settings

app = Flask(__name__)
if settings.enabled("redis-cache"):
    extensions.configure()


@app.get("/price/<sku>")
def price(sku):
    return jsonify(sku=sku, price=catalog.price(sku))


@app.post("/cache/flush/<sku>")
def flush(sku):
    extensions.cache.set(f"price:{sku}", None, ttl=1)
    return jsonify(ok=True, backend=type(extensions.cache).__name__)
