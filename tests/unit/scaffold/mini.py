"""A small monolith with two services, for scaffold tests that must not move with the
clustering: its boundaries are written by hand.

`orders` has HTTP routes and two tables (one with a foreign key), and calls `billing` both ways
(a Celery task, and a pure function whose result it uses); `billing` has a queue consumer that
writes, and a sync interface whose original runs as it is (it needs only the standard library).
"""

from __future__ import annotations

from pathlib import Path

from migrate_kit.api import AnalyzeRequest, analyze
from tests.support import write_tree

SOURCES = {
    "shop/__init__.py": '''
        """A tiny shop."""
    ''',
    "shop/db.py": '''
        from sqlalchemy import create_engine
        from sqlalchemy.orm import declarative_base, sessionmaker

        Base = declarative_base()
        Session = sessionmaker(bind=create_engine("sqlite://"))
    ''',
    "shop/orders/__init__.py": "",
    "shop/orders/models.py": '''
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String

        from shop.db import Base


        class Order(Base):
            __tablename__ = "orders"

            id = Column(Integer, primary_key=True)
            customer_id = Column(Integer, nullable=False)
            status = Column(String(20), nullable=False, default="new")
            total = Column(Numeric(10, 2), nullable=False)
            note = Column(String(200), nullable=True)
            created_at = Column(DateTime, nullable=False)


        class OrderLine(Base):
            __tablename__ = "order_lines"

            id = Column(Integer, primary_key=True)
            order_id = Column(Integer, ForeignKey("orders.id"), nullable=False)
            sku = Column(String(40), nullable=False)
            quantity = Column(Integer, nullable=False)
    ''',
    "shop/orders/service.py": '''
        """Orders."""

        from decimal import Decimal

        from shop.billing import tasks as billing_tasks
        from shop.billing.tax import tax_for
        from shop.db import Session
        from shop.orders.models import Order


        def place_order(customer_id: int, total: Decimal, note: str | None = None) -> Order:
            session = Session()
            order = Order(customer_id=customer_id, total=total + tax_for(total), note=note)
            session.add(order)
            session.commit()
            billing_tasks.send_invoice.delay(order.id)
            return order


        def get_order(order_id: int) -> Order:
            return Session().get(Order, order_id)
    ''',
    "shop/orders/routes.py": '''
        from flask import Blueprint, jsonify, request

        from shop.orders import service

        bp = Blueprint("orders", __name__, url_prefix="/orders")


        @bp.post("/")
        def create():
            body = request.get_json()
            order = service.place_order(body["customer_id"], body["total"])
            return jsonify({"id": order.id}), 201


        @bp.get("/<int:order_id>")
        def show(order_id):
            return jsonify({"id": service.get_order(order_id).id})
    ''',
    "shop/billing/__init__.py": "",
    "shop/billing/tax.py": '''
        """Tax rules: pure arithmetic."""

        from decimal import ROUND_HALF_UP, Decimal

        RATE = Decimal("0.20")


        def tax_for(amount: Decimal, rate: Decimal = RATE) -> Decimal:
            """The tax on an amount, rounded to cents."""
            return (Decimal(amount) * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    ''',
    "shop/billing/models.py": '''
        from sqlalchemy import Column, ForeignKey, Integer, String

        from shop.db import Base


        class Invoice(Base):
            __tablename__ = "invoices"

            id = Column(Integer, primary_key=True)
            order_id = Column(Integer, ForeignKey("orders.id"), nullable=False)
            number = Column(String(20), nullable=False)
    ''',
    "shop/billing/tasks.py": '''
        from celery import shared_task

        from shop.billing.models import Invoice
        from shop.db import Session


        @shared_task
        def send_invoice(order_id: int) -> None:
            session = Session()
            session.add(Invoice(order_id=order_id, number=f"INV-{order_id}"))
            session.commit()
    ''',
}

BOUNDARIES = """\
schema: 1
root: ../src
services:
- name: orders
  modules: [shop.orders, shop.orders.models, shop.orders.routes, shop.orders.service]
  entities: [shop.orders.models.Order, shop.orders.models.OrderLine]
- name: billing
  modules: [shop.billing, shop.billing.models, shop.billing.tasks, shop.billing.tax]
  entities: [shop.billing.models.Invoice]
shared_kernel:
  modules: [shop, shop.db]
"""


def mini_monolith(folder: Path, boundaries: str = BOUNDARIES) -> Path:
    """ROOT in folder/src; graph.json and a hand-written boundaries.yaml in folder/out.
    Returns the boundaries file."""
    write_tree(folder / "src", SOURCES)
    analyze(AnalyzeRequest(root=folder / "src", out=folder / "out", use_cache=False, jobs=1))
    path = folder / "out" / "boundaries.yaml"
    path.write_text(boundaries, encoding="utf-8")
    return path
