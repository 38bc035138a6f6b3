from domain.errors import NotFound, OutOfStock

STOCK = {"SKU-1": 4, "SKU-2": 0}


def reserve(sku, qty):
    if sku not in STOCK:
        raise NotFound.for_model("Product", sku)
    if qty <= 0:
        raise ValueError("qty must be positive")
    if STOCK[sku] < qty:
        raise OutOfStock(sku, qty, STOCK[sku])
    STOCK[sku] -= qty
    return STOCK[sku]
