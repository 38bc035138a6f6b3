from .strategies import BuyXPayY, LoyaltyTier, NoDiscount, PercentOff

REGISTRY = {cls.code: cls for cls in (NoDiscount, PercentOff, LoyaltyTier, BuyXPayY)}


class StrategyFactory:
    default = NoDiscount

    def __init__(self, registry=None):
        self.registry = registry or REGISTRY

    def create(self, spec):
        if not spec:
            return self.default()
        cls = self.registry.get(spec["type"], self.default)
        return cls(**spec.get("params", {}))


factory = StrategyFactory()
