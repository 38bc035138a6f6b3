"""Warehouse CLI commands (``python -m shop.inventory.commands``)."""

from __future__ import annotations

import csv

import click

from shop.core.logging import get_logger
from shop import helpers
from . import queries, service

logger = get_logger(__name__)


@click.command()
@click.argument("product_id", type=int)
@click.argument("quantity", type=int)
@click.option("--warehouse", "-w", default=None, help="Warehouse code receiving the goods.")
@click.option("--reason", default="goods_receipt")
def restock(product_id: int, quantity: int, warehouse: str | None, reason: str) -> None:
    """Add QUANTITY units of PRODUCT_ID to stock."""
    stock = service.adjust_stock(product_id, quantity, reason, warehouse)
    click.echo(f"product {product_id}: {stock.quantity_available} available, {stock.sellable} sellable")


@click.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True)
def import_counts(path: str, dry_run: bool) -> None:
    """Apply a stock-take CSV (product_id, delta, warehouse)."""
    applied = 0
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            delta = int(row["delta"])
            if dry_run:
                click.echo(f"would adjust {row['product_id']} by {delta}")
                continue
            service.adjust_stock(int(row["product_id"]), delta, "stock_take", row.get("warehouse"))
            applied += 1
    click.echo(f"applied {applied} adjustments")


@click.command()
@click.option("--threshold", default=5, show_default=True)
@click.option("--csv-out", type=click.Path(dir_okay=False), default=None)
def low_stock(threshold: int, csv_out: str | None) -> None:
    """List products whose on-hand total is below THRESHOLD."""
    rows = queries.low_stock_report(threshold)
    if csv_out:
        helpers.export_csv(csv_out, ["product_id", "on_hand"], rows)
    for product_id, total in rows:
        click.echo(f"{product_id:>8} {total:>6}")


@click.group()
def cli() -> None:
    """Inventory commands."""


cli.add_command(restock)
cli.add_command(import_counts)
cli.add_command(low_stock)

if __name__ == "__main__":
    cli()
