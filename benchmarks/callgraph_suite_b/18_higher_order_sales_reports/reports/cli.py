import sys

from .loader import load_rows
from .metrics import is_billable
from .ranking import Leaderboard, PartnerLeaderboard, top_customers, totals_by


def print_rows(rows, out=sys.stdout):
    for rank, row in enumerate(rows, start=1):
        out.write(f"{rank:>3}. {row['customer_id']} {row['gross']}\n")


def main(path, mode="top"):
    rows = load_rows(path)
    if mode == "partners":
        board = PartnerLeaderboard(rows, limit=5)
    else:
        board = Leaderboard(rows)
    print_rows(board.top())
    by_channel = totals_by(rows, group=lambda row: row.get("channel", "direct"))
    by_region = totals_by(rows)
    vip = top_customers(rows, key=lambda row: row["email"].lower())
    billable = len(list(filter(is_billable, rows)))
    print(by_channel, by_region, vip, billable, board.best(), board.by_region())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
