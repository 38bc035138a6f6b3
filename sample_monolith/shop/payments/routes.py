"""Payment endpoints and provider webhooks (Flask)."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from shop.core.auth import require_auth, require_role
from shop.core.errors import NotFound, PermissionDenied
from shop.core.logging import get_logger
from . import service
from .gateways import GATEWAYS

logger = get_logger(__name__)

bp = Blueprint("payments", __name__, url_prefix="/payments")


@bp.route("/methods", methods=["GET"])
def methods():
    return jsonify(sorted(GATEWAYS))


@bp.route("/orders/<int:order_id>", methods=["GET"])
@require_auth
@require_role("support")
def for_order(order_id: int):
    return jsonify(service.payments_for_order(order_id))


@bp.post("/webhooks/<provider>")
def webhook(provider: str):
    if provider not in GATEWAYS:
        abort(404)
    signature = request.headers.get("Stripe-Signature") or request.headers.get("Paypal-Transmission-Sig", "")
    try:
        outcome = service.handle_webhook(provider, request.get_data(), signature)
    except PermissionDenied:
        logger.warning("rejected %s webhook with bad signature", provider)
        abort(400)
    except NotFound as exc:
        logger.error("webhook for unknown payment: %s", exc.message)
        return jsonify({"status": "ignored"}), 200
    return jsonify({"status": outcome})


@bp.post("/reconcile")
@require_auth
@require_role("admin")
def reconcile():
    return jsonify({"fixed": service.reconcile_pending()})
