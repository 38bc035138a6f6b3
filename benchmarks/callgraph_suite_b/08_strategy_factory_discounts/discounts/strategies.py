import abc
from decimal import Decimal


class DiscountStrategy(abc.ABC):
    code = None

    def apply(self, subtotal, customer):
        if not self.eligible(customer):
            return subtotal
        return max(subtotal - self.discount(subtotal), Decimal("0"))

    def eligible(self, customer):
        return True

    @abc.abstractmethod
    def discount(self, subtotal):
        raise NotImplementedError


class NoDiscount(DiscountStrategy):
    code = "none"

    def discount(self, subtotal):
        return Decimal("0")


class PercentOff(DiscountStrategy):
    code = "percent"

    def __init__(self, percent):
        self.percent = Decimal(percent)

    def discount(self, subtotal):
        return subtotal * self.percent / 100


class LoyaltyTier(PercentOff):
    code = "loyalty"

    def __init__(self, percent, min_orders):
        super().__init__(percent)
        self.min_orders = min_orders

    def eligible(self, customer):
        return customer.order_count >= self.min_orders


class BuyXPayY(DiscountStrategy):
    code = "bundle"

    def __init__(self, buy, pay, unit_price):
        self.buy, self.pay = buy, pay
        self.unit_price = Decimal(unit_price)

    def discount(self, subtotal):
        units = int(subtotal / self.unit_price)
        free = (units // self.buy) * (self.buy - self.pay)
        return free * self.unit_price
