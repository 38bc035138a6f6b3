from decimal import Decimal

REGION_BY_COUNTRY = {"DE": "dach", "AT": "dach", "CH": "dach", "FR": "west", "US": "na"}


def net_revenue(row):
    return Decimal(row["gross"]) - Decimal(row.get("refunds", "0"))


def is_billable(row):
    return row["status"] in {"paid", "partially_refunded"}


def region_of(row):
    return REGION_BY_COUNTRY.get(row["country"], "other")


def compare_regions(a, b):
    return (a > b) - (a < b)
