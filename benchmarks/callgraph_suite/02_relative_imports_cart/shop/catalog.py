from .utils.money import to_cents

PRICES = {"apple": "0.50", "pear": "0.75", "melon": "2.10"}


def get_price(sku):
    try:
        return to_cents(PRICES[sku]) / 100
    except KeyError:
        raise LookupError(f"unknown sku {sku}")
