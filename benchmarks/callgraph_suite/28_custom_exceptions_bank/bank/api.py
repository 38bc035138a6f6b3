from .accounts import Ledger
from .errors import BankError, LimitExceeded

ledger = Ledger()


def handle_transfer(payload):
    try:
        ledger.transfer(payload["from"], payload["to"], payload["amount"])
    except LimitExceeded:
        return 429, {"code": "daily_limit"}
    except BankError as err:
        return err.status, {"code": err.code, "message": err.message}
    return 200, {"ok": True}


def handle_open(payload):
    account = ledger.open(payload["id"], payload.get("initial", "0"))
    return 201, {"id": account.id, "balance": str(account.balance)}
