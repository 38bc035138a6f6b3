"""Promotion endpoints (Flask)."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, jsonify, request

from shop.core.auth import require_auth, require_role
from shop.core.errors import ShopError
from . import service

bp = Blueprint("promotions", __name__, url_prefix="/promotions")


@bp.errorhandler(ShopError)
def handle_error(exc: ShopError):
    return jsonify(exc.to_dict()), exc.status_code


@bp.post("/preview")
def preview():
    body = request.get_json(force=True)
    lines = [(int(l["product_id"]), int(l["quantity"]), Decimal(str(l["unit_price"]))) for l in body["lines"]]
    return jsonify(service.preview(lines, body.get("coupon")))


@bp.post("/")
@require_auth
@require_role("manager")
def create():
    body = request.get_json(force=True)
    promotion = service.create_promotion(body["name"], body["kind"], Decimal(str(body["value"])),
                                         int(body.get("days", 30)))
    return jsonify({"id": promotion.id}), 201


@bp.route("/<int:promotion_id>/coupons", methods=["POST"])
@require_auth
@require_role("manager")
def coupons(promotion_id: int):
    body = request.get_json(force=True)
    codes = service.generate_coupons(promotion_id, int(body.get("count", 10)), body.get("prefix", ""))
    return jsonify(codes), 201
