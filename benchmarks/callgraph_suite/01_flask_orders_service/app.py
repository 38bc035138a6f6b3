from flask import Flask, jsonify, request

from orders.repository import OrderRepository
from orders.service import OrderService

app = Flask(__name__)
service = OrderService(OrderRepository())


@app.route("/orders/<int:order_id>")
def get_order(order_id):
    order = service.get_order(order_id)
    if order is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(order)


@app.route("/orders", methods=["POST"])
def create_order():
    payload = request.get_json()
    order = service.place_order(payload["customer_id"], payload.get("items", []))
    return jsonify(order), 201


if __name__ == "__main__":
    app.run(debug=True)
