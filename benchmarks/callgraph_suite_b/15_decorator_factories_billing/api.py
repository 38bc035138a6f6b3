from billing.service import service
from core.auth import login
from reports import export_revenue


def handle(command, payload):
    login(payload["user"], payload.get("roles", ()))
    if command == "issue":
        return service.issue(payload["customer_id"], payload["lines"])
    if command == "void":
        return service.void(payload["invoice_id"])
    if command == "export":
        return export_revenue(payload.get("format", "csv"))
    raise KeyError(command)
