"""Admin command line: ``python -m shop.manage <command>``."""

from __future__ import annotations

from datetime import date, timedelta

import click

from shop.cart.repository import CartRepository
from shop.catalog.repository import ProductRepository
from shop.core.cache import invalidate
from shop.core.db import create_all
from shop.core.logging import get_logger
from shop.customers import service as customers_service
from shop.inventory.commands import import_counts, low_stock, restock
from shop.inventory import service as inventory_service
from shop.notifications import service as notifications_service
from shop.notifications.tasks import broadcast
from shop.orders import reports
from shop.orders import service as orders_service
from shop.payments import service as payments_service
from shop.reviews import service as reviews_service
from shop.utils.pagination import PageIterator
from shop import helpers

logger = get_logger(__name__)


@click.group()
@click.option("--verbose", "-v", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Shop administration."""
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


@cli.command()
def initdb() -> None:
    """Create SQLAlchemy tables (Django apps use ``migrate``)."""
    create_all()
    click.echo("tables created")


@cli.command("cancel-order")
@click.argument("order_id", type=int)
@click.option("--reason", default="admin")
def cancel_order(order_id: int, reason: str) -> None:
    order = orders_service.cancel_order(order_id, reason)
    click.echo(f"order {order.number} -> {order.status}")


@cli.command("expire")
def expire() -> None:
    """Release stale reservations and cancel unpaid orders."""
    released = inventory_service.expire_stale_reservations()
    cancelled = orders_service.OrderService(actor="cli").expire_unpaid()
    click.echo(f"released {released} reservations, cancelled {cancelled} orders")


@cli.command("reconcile-payments")
@click.option("--max-age", default=30, show_default=True)
def reconcile_payments(max_age: int) -> None:
    click.echo(f"fixed {payments_service.reconcile_pending(max_age)} payments")


@cli.command("purge-carts")
@click.option("--days", default=30, show_default=True)
def purge_carts(days: int) -> None:
    click.echo(f"deleted {CartRepository().purge_abandoned(days)} carts")


@cli.command("import-customers")
@click.argument("path", type=click.Path(exists=True))
def import_customers(path: str) -> None:
    click.echo(f"imported {customers_service.import_customers(path)} customers")


@cli.command("moderate-reviews")
def moderate_reviews() -> None:
    for status, count in sorted(reviews_service.auto_moderate().items()):
        click.echo(f"{status:>10}: {count}")


@cli.command("export-orders")
@click.argument("path")
@click.option("--days", default=7)
def export_orders(path: str, days: int) -> None:
    end = date.today()
    count = helpers.export_orders_csv(path, end - timedelta(days=days), end)
    click.echo(f"exported {count} orders")


@cli.command("refresh-reports")
@click.option("--day", default=None, help="ISO date, default yesterday")
def refresh_reports(day: str | None) -> None:
    target = date.fromisoformat(day) if day else date.today() - timedelta(days=1)
    reports.refresh_daily_sales(target)
    click.echo(f"refreshed {target}")


@cli.command("newsletter")
@click.argument("template")
def newsletter(template: str) -> None:
    from shop.customers.models import Customer

    ids = list(Customer.objects.marketing_opt_in().values_list("id", flat=True))
    broadcast.delay(template, ids)
    click.echo(f"queued {len(ids)} messages")


@cli.command("warm-prices")
@click.option("--page-size", default=500, show_default=True)
def warm_prices(page_size: int) -> None:
    """Re-price every product once so the price cache is hot after a deploy."""
    from shop.catalog.pricing import price_for

    invalidate("shop.catalog.pricing")
    repo = ProductRepository()
    warmed = 0
    for product in PageIterator(lambda offset, limit: list(repo.list(limit, offset)), page_size):
        if product.is_active:
            price_for(product.id)
            warmed += 1
    click.echo(f"warmed {warmed} prices")


@cli.command("flush-notifications")
def flush_notifications() -> None:
    click.echo(f"flushed {notifications_service.flush_log()} log rows")


cli.add_command(restock)
cli.add_command(import_counts)
cli.add_command(low_stock)

if __name__ == "__main__":
    cli(obj={})
