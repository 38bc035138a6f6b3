"""Staff command line (``libris ...``), built with click."""
import csv
import os
from datetime import date, timedelta

import click
import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "libris.settings")
django.setup()

from libris.analytics.warehouse import refresh_daily_stats  # noqa: E402
from libris.catalog import services as catalog  # noqa: E402
from libris.catalog.models import Book, Branch  # noqa: E402
from libris.circulation.models import Fine  # noqa: E402
from libris.circulation.tasks import expire_holds, send_due_reminders  # noqa: E402
from libris.members.models import Household, Member  # noqa: E402


@click.group()
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


@cli.command()
@click.argument("path", type=click.Path(exists=True))
def import_titles(path):
    """Import a CSV export from the acquisitions system."""
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            catalog.catalogue_title(
                row["isbn"], row["title"], publisher_name=row.get("publisher"), year=row.get("year")
            )


@cli.command("purge-members")
@click.option("--years", default=3, show_default=True)
@click.option("--dry-run", is_flag=True)
def purge_inactive(years, dry_run):
    cutoff = date.today() - timedelta(days=365 * years)
    stale = Member.objects.filter(is_active=False, updated_at__lt=cutoff).count()
    click.echo(f"{stale} inactive members last touched before {cutoff}")
    if not dry_run:
        Member.objects.filter(is_active=False, updated_at__lt=cutoff).delete()


@cli.command(name="deactivate-lapsed")
@click.option("--months", default=18)
def deactivate_lapsed(months):
    cutoff = date.today() - timedelta(days=30 * months)
    n = Member.objects.deactivate_stale(cutoff)
    click.echo(f"deactivated {n} members")
    # Left for the DBA, deliberately not automated:
    click.echo("then run: DELETE FROM legacy_patrons WHERE migrated = true")


@cli.command(name="waive-fines")
@click.argument("card_number")
def waive_fines(card_number):
    n = Fine.objects.filter(
        loan__member__card_number=card_number, paid_on__isnull=True
    ).update(waived=True)
    click.echo(f"waived {n} fines")


@cli.command()
@click.argument("household_id", type=int)
@click.argument("card_number")
def set_household_contact(household_id, card_number):
    household = Household.objects.get(pk=household_id)
    household.primary_contact = Member.objects.get(card_number=card_number)
    household.save()


@cli.command()
def nightly():
    """Queue the nightly jobs (normally beat does this)."""
    send_due_reminders.delay()
    expire_holds.apply_async(countdown=60)
    refresh_daily_stats.apply_async(kwargs={"day": None}, countdown=600)


@cli.command()
@click.option("--limit", default=10)
def bestsellers(limit):
    for book in Book.objects.most_borrowed(limit):
        click.echo(f"{book.n_loans:5d}  {book.title}")


@click.command()
@click.argument("path", type=click.Path(exists=True))
def seed_branches(path):
    """Standalone: load the branch list when bootstrapping a new database."""
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            Branch.objects.update_or_create(
                code=row["code"], defaults={"name": row["name"], "address": row.get("address", "")}
            )


if __name__ == "__main__":
    cli()
