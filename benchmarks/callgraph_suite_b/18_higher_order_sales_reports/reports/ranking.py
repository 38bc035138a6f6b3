import functools
import operator
from collections import Counter

from .metrics import compare_regions, is_billable, net_revenue, region_of


class Leaderboard:
    def __init__(self, rows, limit=10):
        self.rows = list(filter(is_billable, rows))
        self.limit = limit

    def score(self, row):
        return net_revenue(row) * self.weight(row)

    @staticmethod
    def weight(row):
        return 2 if row.get("channel") == "partner" else 1

    def top(self):
        ranked = sorted(self.rows, key=self.score, reverse=True)
        return ranked[: self.limit]

    def best(self):
        return max(self.rows, key=self.score, default=None)

    def by_region(self):
        counts = Counter(map(region_of, self.rows))
        order = functools.cmp_to_key(lambda a, b: compare_regions(a[0], b[0]))
        return sorted(counts.most_common(), key=order)


class PartnerLeaderboard(Leaderboard):
    @staticmethod
    def weight(row):
        return 3 if row.get("channel") == "partner" else 0


def top_customers(rows, n=5, key=lambda row: row["customer_id"]):
    totals = {}
    for row in filter(is_billable, rows):
        totals[key(row)] = totals.get(key(row), 0) + net_revenue(row)
    return sorted(totals.items(), key=operator.itemgetter(1), reverse=True)[:n]


def totals_by(rows, group=region_of):
    grouped = {}
    for row in rows:
        grouped.setdefault(group(row), []).append(net_revenue(row))
    return {name: sum(values) for name, values in grouped.items()}
