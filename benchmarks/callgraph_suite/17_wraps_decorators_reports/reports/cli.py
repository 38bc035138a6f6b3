import sys

from reports.service import legacy_report, parse_amount, top_regions


def read_orders(stream):
    orders = []
    for line in stream:
        region, amount = line.strip().split(";")
        orders.append({"region": region, "amount": parse_amount(amount)})
    return orders


def main():
    orders = read_orders(sys.stdin)
    print(top_regions(orders))
    if "--legacy" in sys.argv:
        print(legacy_report(orders))
