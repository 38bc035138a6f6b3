from dataclasses import dataclass, field


@dataclass
class RateCard:
    base: float
    per_kg: dict = field(default_factory=dict)

    @classmethod
    def default(cls):
        return cls(base=4.9, per_kg={"DE": 0.8, "AT": 1.1, "FR": 1.4})

    def quote(self, weight, country):
        rate = self.per_kg.get(country, max(self.per_kg.values(), default=1.5))
        return round(self.base + weight * rate, 2)
