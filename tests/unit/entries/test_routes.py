"""HTTP routes of Flask and FastAPI applications."""

from tests.unit.entries.helpers import entries_of


def test_flask_route_with_methods(tmp_path):
    """`@app.route(path, methods=[...])` is one entry whose method lists them."""
    found = entries_of(tmp_path, {
        "web.py": """
            from flask import Flask, request

            app = Flask(__name__)

            @app.route("/orders", methods=["GET", "POST"])
            def orders():
                return {"method": request.method}
        """,
    })
    assert found == {("web.orders", "http", "GET,POST", "/orders", "flask")}


def test_flask_get_and_post_shortcuts(tmp_path):
    """`@app.get` and `@app.post` give GET and POST entries."""
    found = entries_of(tmp_path, {
        "web.py": """
            from flask import Flask

            app = Flask(__name__)

            @app.get("/items/<int:item_id>")
            def show_item(item_id):
                return {"id": item_id}

            @app.post("/items")
            def create_item():
                return {}, 201
        """,
    })
    assert found == {
        ("web.show_item", "http", "GET", "/items/<int:item_id>", "flask"),
        ("web.create_item", "http", "POST", "/items", "flask"),
    }


def test_flask_blueprint_prefix_from_constructor(tmp_path):
    """A blueprint's own url_prefix is prepended to its routes."""
    found = entries_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/orders.py": """
            from flask import Blueprint

            bp = Blueprint("orders", __name__, url_prefix="/orders")

            @bp.route("/<int:order_id>", methods=["DELETE"])
            def cancel(order_id):
                return "", 204
        """,
        "shop/app.py": """
            from flask import Flask
            from shop.orders import bp

            app = Flask(__name__)
            app.register_blueprint(bp)
        """,
    })
    assert found == {("shop.orders.cancel", "http", "DELETE", "/orders/<int:order_id>", "flask")}


def test_flask_registration_prefix_replaces_blueprint_prefix(tmp_path):
    """`register_blueprint(bp, url_prefix=...)` replaces the blueprint's own prefix."""
    found = entries_of(tmp_path, {
        "shop/__init__.py": "",
        "shop/orders.py": """
            from flask import Blueprint

            bp = Blueprint("orders", __name__, url_prefix="/orders")

            @bp.get("/recent")
            def recent():
                return []
        """,
        "shop/app.py": """
            from flask import Flask
            from shop.orders import bp as orders_bp

            def create_app():
                app = Flask(__name__)
                app.register_blueprint(orders_bp, url_prefix="/api/v1/orders")
                return app
        """,
    })
    assert found == {("shop.orders.recent", "http", "GET", "/api/v1/orders/recent", "flask")}


def test_flask_blueprint_registered_in_another_module(tmp_path):
    """A blueprint without its own prefix takes the one given where it is registered."""
    found = entries_of(tmp_path, {
        "admin/__init__.py": "",
        "admin/views.py": """
            from flask import Blueprint

            admin = Blueprint("admin", __name__)

            @admin.route("/users")
            def users():
                return []
        """,
        "main.py": """
            from flask import Flask
            from admin.views import admin

            app = Flask(__name__)
            app.register_blueprint(admin, url_prefix="/admin")
        """,
    })
    assert found == {("admin.views.users", "http", "GET", "/admin/users", "flask")}


def test_flask_prefix_joined_with_single_slash(tmp_path):
    """A prefix ending in "/" and a path starting with "/" join with one slash."""
    found = entries_of(tmp_path, {
        "web.py": """
            from flask import Blueprint, Flask

            shop = Blueprint("shop", __name__, url_prefix="/shop/")

            @shop.route("/cart", methods=["GET"])
            def cart():
                return {}

            app = Flask(__name__)
            app.register_blueprint(shop)
        """,
    })
    assert found == {("web.cart", "http", "GET", "/shop/cart", "flask")}


def test_fastapi_app_routes(tmp_path):
    """`@app.get`/`@app.post` on a FastAPI app, sync or async, are entries."""
    found = entries_of(tmp_path, {
        "api.py": """
            from fastapi import FastAPI

            app = FastAPI()

            @app.get("/users/{user_id}")
            async def get_user(user_id: int):
                return {"id": user_id}

            @app.post("/users", status_code=201)
            def create_user(payload: dict):
                return payload
        """,
    })
    assert found == {
        ("api.get_user", "http", "GET", "/users/{user_id}", "fastapi"),
        ("api.create_user", "http", "POST", "/users", "fastapi"),
    }


def test_fastapi_router_prefixes_add_up(tmp_path):
    """include_router prefix + APIRouter prefix + route path."""
    found = entries_of(tmp_path, {
        "app/__init__.py": "",
        "app/routers/__init__.py": "",
        "app/routers/items.py": """
            from fastapi import APIRouter

            router = APIRouter(prefix="/items", tags=["items"])

            @router.get("/{item_id}")
            async def read_item(item_id: str):
                return {"id": item_id}

            @router.put("/{item_id}")
            async def update_item(item_id: str):
                return {"id": item_id}
        """,
        "app/main.py": """
            from fastapi import FastAPI
            from app.routers import items

            app = FastAPI()
            app.include_router(items.router, prefix="/api/v1")
        """,
    })
    assert found == {
        ("app.routers.items.read_item", "http", "GET", "/api/v1/items/{item_id}", "fastapi"),
        ("app.routers.items.update_item", "http", "PUT", "/api/v1/items/{item_id}", "fastapi"),
    }


def test_fastapi_router_without_include_prefix(tmp_path):
    """A router included without a prefix keeps its own prefix."""
    found = entries_of(tmp_path, {
        "svc/__init__.py": "",
        "svc/health.py": """
            from fastapi import APIRouter

            router = APIRouter(prefix="/health")

            @router.get("/live")
            def live():
                return {"ok": True}
        """,
        "svc/main.py": """
            from fastapi import FastAPI
            from svc.health import router as health_router

            app = FastAPI()
            app.include_router(health_router)
        """,
    })
    assert found == {("svc.health.live", "http", "GET", "/health/live", "fastapi")}


def test_fastapi_api_route_with_methods(tmp_path):
    """`@router.api_route(path, methods=[...])` lists its methods."""
    found = entries_of(tmp_path, {
        "hooks.py": """
            from fastapi import APIRouter, FastAPI

            router = APIRouter()

            @router.api_route("/webhook", methods=["GET", "POST"])
            async def webhook():
                return {}

            app = FastAPI()
            app.include_router(router, prefix="/hooks")
        """,
    })
    assert found == {("hooks.webhook", "http", "GET,POST", "/hooks/webhook", "fastapi")}


def test_unrelated_route_decorator_is_not_an_entry(tmp_path):
    """A `.route` decorator of a non-web library or of our own class is no entry."""
    found = entries_of(tmp_path, {
        "events.py": """
            from messagebus import Dispatcher

            class Router:
                def __init__(self):
                    self.handlers = {}

                def route(self, topic):
                    def register(fn):
                        self.handlers[topic] = fn
                        return fn
                    return register

            bus = Dispatcher()
            local = Router()

            @bus.route("order.created")
            def on_order_created(event):
                return event

            @local.route("/refund")
            def on_refund(event):
                return event
        """,
    })
    assert found == set()
