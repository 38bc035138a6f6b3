"""Self-service checkout kiosks (small Flask app on the kiosk VLAN)."""
import os

import django
from flask import Flask, abort, jsonify, request

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "libris.settings")
django.setup()

from libris.catalog.models import Copy  # noqa: E402
from libris.circulation import services as circulation  # noqa: E402

app = Flask(__name__)


@app.route("/kiosk/checkout", methods=["POST"])
def kiosk_checkout():
    data = request.get_json(force=True)
    try:
        loan = circulation.checkout(data["card"], data["barcode"])
    except circulation.CirculationError as exc:
        return jsonify(error=str(exc)), 409
    return jsonify(due_on=loan.due_on.isoformat()), 201


@app.route("/kiosk/lookup", methods=["GET", "POST"])
def kiosk_lookup():
    barcode = request.values.get("barcode") or abort(400)
    copy = Copy.objects.select_related("book").filter(barcode=barcode).first()
    if copy is None:
        abort(404)
    return jsonify(title=copy.book.title, status=copy.status)


@app.get("/kiosk/ping")
def ping():
    return "pong"
