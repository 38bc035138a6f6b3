import requests

from .auth import require_role
from .retry import retry


@retry(times=5, exceptions=(requests.ConnectionError,))
def fetch_exchange_rate(currency):
    resp = requests.get(f"https://rates.example.com/{currency}", timeout=3)
    return resp.json()["rate"]


@require_role("admin")
def delete_account(request, account_id):
    return {"deleted": account_id, "by": request["user"]["name"]}


@require_role("accountant")
def price_in(request, amount, currency):
    return round(amount * fetch_exchange_rate(currency), 2)
