from utils import decorators
from utils.decorators import deprecated, log_errors, timed


@timed
def build_sales_report(orders):
    totals = {}
    for order in orders:
        totals[order["region"]] = totals.get(order["region"], 0) + order["amount"]
    return totals


@log_errors
def parse_amount(raw):
    return float(raw.replace(",", ""))


@decorators.timed
def top_regions(orders, n=3):
    totals = build_sales_report(orders)
    return sorted(totals, key=totals.get, reverse=True)[:n]


@deprecated
def legacy_report(orders):
    return build_sales_report(orders)
