"""Celery tasks, click and typer commands, and asynchronous task calls."""

from tests.support import resolve_tree
from tests.unit.entries.helpers import entries_of

CELERY_APP = """
    from celery import Celery

    app = Celery("proj", broker="redis://localhost:6379/0")
"""


def test_celery_app_task(tmp_path):
    """`@app.task` is a task entry named by the function's qualified name."""
    found = entries_of(tmp_path, {
        "proj/__init__.py": "",
        "proj/celery.py": CELERY_APP,
        "proj/tasks.py": """
            from proj.celery import app

            @app.task
            def send_receipt(order_id):
                return order_id
        """,
    })
    assert found == {("proj.tasks.send_receipt", "task", None, "proj.tasks.send_receipt", "celery")}


def test_celery_task_with_explicit_name(tmp_path):
    """`@app.task(name="billing.charge")` is named "billing.charge"."""
    found = entries_of(tmp_path, {
        "proj/__init__.py": "",
        "proj/celery.py": CELERY_APP,
        "proj/billing.py": """
            from proj.celery import app

            @app.task(name="billing.charge", acks_late=True)
            def charge_card(invoice_id):
                return invoice_id
        """,
    })
    assert found == {("proj.billing.charge_card", "task", None, "billing.charge", "celery")}


def test_shared_task(tmp_path):
    """`@shared_task` is a task entry."""
    found = entries_of(tmp_path, {
        "jobs/__init__.py": "",
        "jobs/cleanup.py": """
            from celery import shared_task

            @shared_task
            def purge_sessions():
                return 0
        """,
    })
    assert found == {("jobs.cleanup.purge_sessions", "task", None, "jobs.cleanup.purge_sessions", "celery")}


def test_bound_shared_task(tmp_path):
    """`@shared_task(bind=True, ...)` is a task entry too."""
    found = entries_of(tmp_path, {
        "jobs/__init__.py": "",
        "jobs/sync.py": """
            from celery import shared_task

            @shared_task(bind=True, max_retries=3)
            def sync_account(self, account_id):
                try:
                    return account_id
                except ConnectionError as exc:
                    raise self.retry(exc=exc, countdown=30)
        """,
    })
    assert found == {("jobs.sync.sync_account", "task", None, "jobs.sync.sync_account", "celery")}


def test_click_command_named_after_function(tmp_path):
    """`@click.command()` is named after the function with `_` turned into `-`."""
    found = entries_of(tmp_path, {
        "tools.py": """
            import click

            @click.command()
            @click.option("--dry-run", is_flag=True)
            def sync_users(dry_run):
                click.echo("ok")
        """,
    })
    assert found == {("tools.sync_users", "cli", None, "sync-users", "click")}


def test_click_command_with_explicit_name(tmp_path):
    """`@click.command("import-data")` and `@click.command(name="export")` use the given names."""
    found = entries_of(tmp_path, {
        "tools.py": """
            import click

            @click.command("import-data")
            def import_cmd():
                pass

            @click.command(name="export")
            def export_cmd():
                pass
        """,
    })
    assert found == {
        ("tools.import_cmd", "cli", None, "import-data", "click"),
        ("tools.export_cmd", "cli", None, "export", "click"),
    }


def test_click_group_subcommands(tmp_path):
    """`@cli.command()` under `@click.group()` is named "cli sub-name"."""
    found = entries_of(tmp_path, {
        "manage.py": """
            import click

            @click.group()
            def cli():
                pass

            @cli.command()
            def run_migrations():
                click.echo("migrated")

            @cli.command("seed")
            def seed_data():
                click.echo("seeded")

            if __name__ == "__main__":
                cli()
        """,
    })
    subcommands = {entry for entry in found if entry[0] != "manage.cli"}
    assert subcommands == {
        ("manage.run_migrations", "cli", None, "cli run-migrations", "click"),
        ("manage.seed_data", "cli", None, "cli seed", "click"),
    }


def test_typer_commands(tmp_path):
    """typer `@app.command()` is named after the function with dashes; `@app.command("x")` is "x"."""
    found = entries_of(tmp_path, {
        "cli.py": """
            import typer

            app = typer.Typer()

            @app.command()
            def create_user(name: str):
                typer.echo(name)

            @app.command("hello")
            def say_hello(name: str = "world"):
                typer.echo(f"hello {name}")

            if __name__ == "__main__":
                app()
        """,
    })
    assert found == {
        ("cli.create_user", "cli", None, "create-user", "typer"),
        ("cli.say_hello", "cli", None, "hello", "typer"),
    }


def test_task_calls_through_the_queue_are_async(tmp_path):
    """`.delay`, `.apply_async` and `.s` call the task asynchronously; a direct call whose result is used does not."""
    resolution = resolve_tree(tmp_path, {
        "shop/__init__.py": "",
        "shop/tasks.py": """
            from celery import shared_task

            @shared_task
            def send_receipt(order_id):
                return order_id
        """,
        "shop/views.py": """
            from celery import group
            from shop.tasks import send_receipt

            def checkout(order_id):
                send_receipt.delay(order_id)

            def retry_later(order_id):
                send_receipt.apply_async(args=[order_id], countdown=60)

            def batch(order_ids):
                return group(send_receipt.s(i) for i in order_ids).apply_async()

            def inline(order_id):
                result = send_receipt(order_id)
                return result
        """,
    })
    calls = {(c.caller, c.callee, c.is_async) for c in resolution.calls if c.callee == "shop.tasks.send_receipt"}
    assert calls == {
        ("shop.views.checkout", "shop.tasks.send_receipt", True),
        ("shop.views.retry_later", "shop.tasks.send_receipt", True),
        ("shop.views.batch", "shop.tasks.send_receipt", True),
        ("shop.views.inline", "shop.tasks.send_receipt", False),
    }
