from flask import Blueprint, jsonify, request

from .checkout import best_offer, price_cart
from .customers import Customer

bp = Blueprint("discounts", __name__)


@bp.post("/quote")
def quote():
    body = request.get_json()
    customer = Customer(body["customer"], body.get("orders", 0))
    total = price_cart(body["lines"], customer, body.get("discount"))
    return jsonify(total=str(total))


@bp.post("/best-offer")
def best():
    body = request.get_json()
    customer = Customer(body["customer"], body.get("orders", 0))
    code, total = best_offer(body["lines"], customer, body["offers"])
    return jsonify(code=code, total=str(total))
