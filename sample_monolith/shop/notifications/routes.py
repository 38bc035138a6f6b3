"""Notification preferences and staff tools (Flask)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from sqlalchemy import select

from shop.core.auth import current_user, require_auth, require_role
from shop.core.db import TransactionScope, get_session
from . import service
from .models import NotificationLog, NotificationPreference
from .templates import AVAILABLE

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


@bp.get("/templates")
@require_auth
@require_role("support")
def templates():
    return jsonify(AVAILABLE)


@bp.route("/preferences", methods=["GET"])
@require_auth
def preferences():
    session = get_session()
    rows = session.execute(
        select(NotificationPreference).where(NotificationPreference.customer_id == current_user()["id"])
    ).scalars()
    return jsonify({r.template: {"email": r.email_enabled, "sms": r.sms_enabled} for r in rows})


@bp.route("/preferences/<template>", methods=["PUT"])
@require_auth
def set_preference(template: str):
    body = request.get_json(force=True)
    with TransactionScope() as session:
        session.merge(NotificationPreference(customer_id=current_user()["id"], template=template,
                                             email_enabled=bool(body.get("email", True)),
                                             sms_enabled=bool(body.get("sms", False))))
    return "", 204


@bp.post("/test")
@require_auth
@require_role("admin")
def send_test():
    body = request.get_json(force=True)
    ok = service.notify(body.get("channel", "email"), body["recipient"], body.get("template", "welcome"),
                        name="Test")
    return jsonify({"ok": ok})


@bp.get("/log")
@require_auth
@require_role("support")
def log():
    session = get_session()
    rows = session.query(NotificationLog).order_by(NotificationLog.sent_at.desc()).limit(100).all()
    return jsonify([{"channel": r.channel, "to": r.recipient, "template": r.template, "status": r.status}
                    for r in rows])
