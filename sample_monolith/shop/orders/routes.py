"""Order endpoints (Flask)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from shop.core.auth import current_user, owner_or_role, require_auth, require_role
from shop.core.errors import PermissionDenied, ShopError
from shop.utils.pagination import clamp_page_args
from . import reports, service
from .repository import OrderRepository
from .schemas import CheckoutRequest, order_to_dict
from .tasks import generate_invoice_pdf

bp = Blueprint("orders", __name__, url_prefix="/orders")


@bp.errorhandler(ShopError)
def handle_error(exc: ShopError):
    return jsonify(exc.to_dict()), exc.status_code


@bp.post("/checkout")
@require_auth
def checkout():
    user = current_user()
    checkout_request = CheckoutRequest.parse(request.get_json(force=True), customer_id=user["id"])
    order = service.place_order(checkout_request)
    generate_invoice_pdf.delay(order.id)
    return jsonify(order_to_dict(order)), 201


@bp.route("/<int:order_id>", methods=["GET"])
@require_auth
def show(order_id: int):
    order = service.get_order(order_id)
    user = current_user()
    if order.customer_id != user["id"] and user["role"] == "customer":
        raise PermissionDenied("not your order")
    return jsonify(order_to_dict(order))


@bp.route("/customer/<int:customer_id>", methods=["GET"])
@owner_or_role("support", owner_arg="customer_id")
def for_customer(customer_id: int):
    _, per_page = clamp_page_args(request.args.get("page"), request.args.get("per_page"))
    orders = OrderRepository().for_customer(customer_id, limit=per_page)
    return jsonify([order_to_dict(o) for o in orders])


@bp.post("/<int:order_id>/cancel")
@require_auth
def cancel(order_id: int):
    reason = (request.get_json(silent=True) or {}).get("reason", "customer_request")
    return jsonify(order_to_dict(service.cancel_order(order_id, reason)))


@bp.post("/<int:order_id>/refund")
@require_auth
@require_role("support")
def refund(order_id: int):
    body = request.get_json(silent=True) or {}
    service.refund_order(order_id, body.get("amount"), body.get("reason", "support"))
    return "", 204


@bp.get("/reports/daily")
@require_auth
@require_role("manager")
def daily():
    from datetime import date

    start = date.fromisoformat(request.args["start"])
    end = date.fromisoformat(request.args["end"])
    return jsonify(reports.daily_sales(start, end))
