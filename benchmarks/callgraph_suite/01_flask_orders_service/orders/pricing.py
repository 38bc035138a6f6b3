TAX_RATE = 0.2


def line_total(item):
    return item["price"] * item["quantity"]


def compute_total(items):
    subtotal = sum(line_total(item) for item in items)
    return round(subtotal * (1 + TAX_RATE), 2)
