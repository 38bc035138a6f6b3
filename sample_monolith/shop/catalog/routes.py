"""Back-office catalog screens (Flask)."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, jsonify, request

from ..core.auth import require_auth, require_role
from ..utils.validation import decimal_amount
from . import service

bp = Blueprint("catalog_admin", __name__, url_prefix="/admin/catalog")


@bp.route("/products/<int:product_id>/price", methods=["PUT"])
@require_auth
@require_role("manager")
def change_price(product_id: int):
    new_price: Decimal = decimal_amount(request.json.get("price"), "price")
    product = service.CatalogService().update_price(product_id, new_price)
    return jsonify(service.serialize_product(product))


@bp.post("/products/deactivate")
@require_auth
@require_role("manager")
def deactivate():
    ids = [int(i) for i in request.json.get("product_ids", [])]
    return jsonify({"deactivated": service.deactivate_products(ids)})


@bp.get("/products")
@require_auth
def search():
    products = service.list_products(request.args.get("q"), sort=request.args.get("sort", "name"))
    return jsonify([service.serialize_product(p) for p in products])
