"""Cart endpoints (Flask)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from ..core.errors import ShopError
from ..utils.validation import positive_int, require
from . import service

bp = Blueprint("cart", __name__, url_prefix="/cart")


@bp.errorhandler(ShopError)
def handle_error(exc: ShopError):
    return jsonify(exc.to_dict()), exc.status_code


@bp.route("/", methods=["POST"])
def create():
    body = request.get_json(silent=True) or {}
    cart = service.get_or_create_cart(body.get("customer_id"), request.cookies.get("cart_token"))
    response = jsonify(service.summarize(cart))
    response.set_cookie("cart_token", cart.session_token, httponly=True, samesite="Lax")
    return response, 201


@bp.route("/<int:cart_id>", methods=["GET"])
def show(cart_id: int):
    return jsonify(service.summarize(service.get_cart(cart_id)))


@bp.post("/<int:cart_id>/items")
def add(cart_id: int):
    body = request.get_json(force=True)
    require(body, "product_id")
    cart = service.add_item(
        cart_id,
        positive_int(body["product_id"], "product_id"),
        positive_int(body.get("quantity", 1), "quantity"),
        body.get("variant"),
    )
    return jsonify(service.summarize(cart)), 201


@bp.route("/<int:cart_id>/items/<int:item_id>", methods=["PATCH"])
def change(cart_id: int, item_id: int):
    quantity = int(request.get_json(force=True).get("quantity", 0))
    return jsonify(service.summarize(service.update_quantity(cart_id, item_id, quantity)))


@bp.post("/<int:cart_id>/coupon")
def coupon(cart_id: int):
    code = request.get_json(force=True).get("code", "")
    return jsonify(service.summarize(service.apply_coupon(cart_id, code)))


@bp.delete("/<int:cart_id>/items")
def clear(cart_id: int):
    service.clear_cart(cart_id)
    return "", 204
