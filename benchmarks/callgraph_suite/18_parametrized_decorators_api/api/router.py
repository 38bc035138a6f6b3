from .views import delete_account, fetch_exchange_rate, price_in

ROUTES = {
    ("DELETE", "/accounts"): delete_account,
    ("GET", "/price"): price_in,
}


def dispatch(method, path, request, **params):
    if (method, path) not in ROUTES:
        return {"status": 404}
    view = ROUTES[(method, path)]
    return view(request, **params)


def nightly_sync():
    return fetch_exchange_rate("USD")
