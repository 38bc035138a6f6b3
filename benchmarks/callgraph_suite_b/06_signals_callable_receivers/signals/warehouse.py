class Warehouse:
    def __init__(self):
        self.holds = []

    def hold(self, sku, qty, ref):
        if qty <= 0:
            raise ValueError(f"bad quantity for {sku}")
        self.holds.append((sku, qty, ref))
