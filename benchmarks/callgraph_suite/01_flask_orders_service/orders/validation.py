class InvalidOrder(Exception):
    pass


def validate_items(items):
    if not items:
        raise InvalidOrder("order must contain at least one item")
    for item in items:
        if item.get("quantity", 0) <= 0:
            raise InvalidOrder(f"bad quantity for {item.get('sku')}")
        if not isinstance(item.get("price"), (int, float)):
            raise ValueError("price must be numeric")
