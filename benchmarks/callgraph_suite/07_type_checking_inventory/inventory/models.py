from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    name: str
    tags: list = field(default_factory=list)

    def describe(self):
        return f"{self.sku}: {self.name}"


@dataclass
class StockLevel:
    sku: str
    on_hand: int = 0
    reserved: int = 0

    def available(self):
        return self.on_hand - self.reserved
