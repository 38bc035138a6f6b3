import contextlib

from .context import TenantScope
from .db import Connection, ReadOnlyConnection

DSN = "saas.db"


def list_invoices(tenant_id, status):
    with TenantScope(tenant_id):
        with ReadOnlyConnection(DSN) as cur:
            return cur.fetch("SELECT * FROM invoices WHERE status = ?", status)


def void_invoice(tenant_id, invoice_id):
    with TenantScope(tenant_id), Connection(DSN) as cur, cur.savepoint("void") as sp_cur:
        sp_cur.fetch("SELECT id FROM invoices WHERE id = ?", invoice_id)
        return True


def bulk_export(tenant_ids):
    exported = {}
    stack = contextlib.ExitStack()
    with stack:
        cur = stack.enter_context(Connection(DSN))
        for tenant_id in tenant_ids:
            with TenantScope(tenant_id):
                exported[tenant_id] = cur.fetch("SELECT * FROM invoices WHERE status = ?", "paid")
    return exported
