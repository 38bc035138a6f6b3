"""Shipping endpoints (Flask)."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, jsonify, request

from shop.core.auth import require_auth, require_role
from shop.utils.validation import positive_int
from . import service
from .tasks import create_shipment_task

bp = Blueprint("shipping", __name__, url_prefix="/shipping")


@bp.get("/quote")
def quote():
    country = request.args.get("country", "DE").upper()
    weight = positive_int(request.args.get("weight", 1000), "weight")
    value = request.args.get("order_value")
    result = service.quote(country, weight, request.args.get("method", "standard"),
                           Decimal(value) if value else None)
    return jsonify({"amount": str(result.amount), "carrier": result.carrier, "days": result.transit_days,
                    "eta": service.estimated_delivery(country).isoformat()})


@bp.route("/orders/<int:order_id>", methods=["GET"])
@require_auth
def tracking(order_id: int):
    return jsonify(service.shipment_for_order(order_id))


@bp.post("/orders/<int:order_id>/ship")
@require_auth
@require_role("warehouse")
def ship(order_id: int):
    create_shipment_task.apply_async(args=[order_id], countdown=10)
    return jsonify({"queued": True}), 202
