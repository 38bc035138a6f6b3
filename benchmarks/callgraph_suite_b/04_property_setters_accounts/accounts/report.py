from .service import repo


def overdraft_report():
    rows = []
    for account in repo.all():
        if account.balance < 0:
            rows.append((account.number, account.balance, account.available_overdraft))
    return rows


def total_available():
    return sum(account.available for account in repo.all() if not account.frozen)
