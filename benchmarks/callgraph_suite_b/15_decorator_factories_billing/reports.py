from billing.store import invoices
from core.decorators import audited, memoize


@memoize(ttl=300)
def revenue_by_status():
    totals = {}
    for row in invoices.all():
        totals[row["status"]] = totals.get(row["status"], 0) + row["total"]
    return totals


@audited("report.export")
def export_revenue(fmt="csv"):
    data = revenue_by_status()
    if fmt == "csv":
        return "\n".join(f"{status},{amount}" for status, amount in sorted(data.items()))
    return data
