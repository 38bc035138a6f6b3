from flask import Flask, jsonify

from .decorators import cache_response, login_required
from .queries import dashboard_stats, list_projects

app = Flask(__name__)


@app.route("/dashboard")
@login_required
@cache_response(seconds=30)
def dashboard():
    return jsonify(dashboard_stats())


@app.route("/projects")
@login_required
def projects():
    return jsonify(list_projects())


@app.route("/health")
def health():
    return jsonify({"ok": True})


def warm_cache():
    with app.test_request_context("/dashboard"):
        return dashboard()
