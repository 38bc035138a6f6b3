"""Flask application factory for the storefront and back-office JSON API."""

from __future__ import annotations

from flask import Flask, jsonify

from shop.cart.routes import bp as cart_bp
from shop.catalog.routes import bp as catalog_admin_bp
from shop.core.config import settings
from shop.core.db import remove_session
from shop.core.errors import ShopError
from shop.core.logging import get_logger
from shop.inventory.routes import bp as inventory_bp
from shop.notifications.routes import bp as notifications_bp
from shop.orders.routes import bp as orders_bp
from shop.payments.routes import bp as payments_bp
from shop.promotions.routes import bp as promotions_bp
from shop.shipping.routes import bp as shipping_bp

logger = get_logger(__name__)

BLUEPRINTS = (
    catalog_admin_bp,
    inventory_bp,
    cart_bp,
    orders_bp,
    payments_bp,
    shipping_bp,
    notifications_bp,
    promotions_bp,
)


def create_app(config: dict | None = None) -> Flask:
    app = Flask("shop")
    app.config.update(SECRET_KEY=settings.secret_key, DEBUG=settings.debug, JSON_SORT_KEYS=False)
    if config:
        app.config.update(config)

    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)

    @app.errorhandler(ShopError)
    def handle_shop_error(exc: ShopError):
        logger.info("request failed: %s", exc.message)
        return jsonify(exc.to_dict()), exc.status_code

    @app.get("/health")
    def health():
        return jsonify({"status": "ok", "blueprints": sorted(app.blueprints)})

    app.teardown_appcontext(remove_session)
    return app


if __name__ == "__main__":
    create_app().run(debug=True)
