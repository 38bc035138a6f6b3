"""Inventory HTTP endpoints (Flask)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from shop.core.auth import require_auth, require_role
from shop.core.errors import OutOfStock
from shop.utils.validation import positive_int
from . import queries, service

bp = Blueprint("inventory", __name__, url_prefix="/inventory")


@bp.route("/products/<int:product_id>", methods=["GET"])
def availability(product_id: int):
    quantity = positive_int(request.args.get("quantity", 1), "quantity")
    return jsonify({"product_id": product_id, "available": service.check_availability(product_id, quantity)})


@bp.route("/products/<int:product_id>/levels", methods=["GET"])
@require_auth
@require_role("warehouse")
def levels(product_id: int):
    return jsonify(queries.levels_by_product(product_id))


@bp.post("/products/<int:product_id>/adjust")
@require_auth
@require_role("warehouse")
def adjust(product_id: int):
    body = request.get_json(force=True)
    try:
        stock = service.adjust_stock(product_id, int(body["delta"]), body.get("reason", "manual"), body.get("warehouse"))
    except OutOfStock as exc:
        return jsonify(exc.to_dict()), exc.status_code
    return jsonify({"product_id": product_id, "available": stock.quantity_available, "sellable": stock.sellable})


@bp.get("/warehouses/totals")
@require_auth
@require_role("manager")
def totals():
    return jsonify(queries.warehouse_totals())
