from decimal import ROUND_HALF_UP, Decimal


def quantize(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def to_cents(value):
    return int(quantize(value) * 100)


def format_price(value):
    return f"${quantize(value):,.2f}"
