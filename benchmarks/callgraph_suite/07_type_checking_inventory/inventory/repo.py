from .models import StockLevel


class StockRepo:
    def __init__(self):
        self._levels = {}

    def get(self, sku):
        level = self._levels.get(sku)
        if level is None:
            level = StockLevel(sku=sku)
            self._levels[sku] = level
        return level

    def save(self, level):
        self._levels[level.sku] = level
