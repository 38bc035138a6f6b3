"""Promotion admin CLI (typer)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import typer

from shop import helpers
from . import service

app = typer.Typer(help="Manage promotions and coupons.")


@app.command()
def create(name: str, kind: str = typer.Option("percent"), value: float = typer.Option(10.0),
           days: int = typer.Option(30), category: str = typer.Option(None)) -> None:
    """Create a promotion."""
    promotion = service.create_promotion(name, kind, Decimal(str(value)), days, category_code=category)
    typer.echo(f"created promotion {promotion.id}")


@app.command()
def coupons(promotion_id: int, count: int = 100, prefix: str = "", out: Path = typer.Option(None)) -> None:
    """Generate single-use coupon codes, optionally into a CSV file."""
    codes = service.generate_coupons(promotion_id, count, prefix)
    if out:
        helpers.export_csv(str(out), ["code"], [(c,) for c in codes])
        typer.echo(f"wrote {len(codes)} codes to {out}")
    else:
        for code in codes:
            typer.echo(code)


@app.command()
def expire() -> None:
    """Deactivate promotions whose end date has passed."""
    typer.echo(f"deactivated {service.expire_finished()} promotions")


if __name__ == "__main__":
    app()
