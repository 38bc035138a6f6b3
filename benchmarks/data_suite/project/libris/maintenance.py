"""Database maintenance commands run from cron on the DB host (typer)."""
import csv
import logging
import os
import shlex
import subprocess
import urllib.request

import typer

log = logging.getLogger(__name__)

app = typer.Typer(help="Nightly maintenance for the Libris database.")

PARTNER_DIRECTORY_URL = "https://consortium.example/ill/partners.csv"


def execute(argv, timeout=1800):
    """Run an ops command.  Nothing to do with SQL: this is a subprocess wrapper."""
    log.info("running %s", shlex.join(argv))
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or f"{argv[0]} failed")
    return proc.stdout


def _django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "libris.settings")
    import django

    django.setup()


@app.command()
def prune_audit_log(days: int = 395):
    from libris.core import audit

    typer.echo(f"pruned {audit.prune(days)} audit rows")


@app.command("sync-partners")
def sync_partner_directory(url: str = PARTNER_DIRECTORY_URL):
    from libris.core.db import SessionLocal
    from libris.ill.repository import import_partner_directory

    with urllib.request.urlopen(url) as resp:
        rows = list(csv.DictReader(resp.read().decode("utf-8").splitlines()))
    with SessionLocal() as session:
        typer.echo(f"{import_partner_directory(session, rows)} new partners")


@app.command()
def backup(dest: str, tables: str = "lib_copy,circulation_loans,members_member"):
    for table in tables.split(","):
        execute(["pg_dump", "--data-only", f"--table={table}", "-f", f"{dest}/{table}.sql"])
    execute(["gzip", "-rf", dest])


@app.command()
def expire_lapsed_holds():
    """Holds of deactivated members can never be collected."""
    _django()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE circulation_hold SET status = 'expired' "
            "WHERE status = 'waiting' AND member_id IN "
            "(SELECT id FROM members_member WHERE is_active = false)"
        )
        typer.echo(f"expired {cursor.rowcount} holds")


if __name__ == "__main__":
    app()
