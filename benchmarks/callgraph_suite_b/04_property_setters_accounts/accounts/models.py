from decimal import Decimal

from .errors import FrozenAccountError, LimitExceeded


class Account:
    overdraft_limit = Decimal("0")

    def __init__(self, number, owner, opening=Decimal("0")):
        self.number = number
        self.owner = owner
        self._balance = opening
        self._frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if self._frozen:
            raise FrozenAccountError(self.number)
        if value < -self.available_overdraft:
            raise LimitExceeded(self.number, value)
        self.history.append(value - self._balance)
        self._balance = value

    @property
    def available_overdraft(self):
        return self.overdraft_limit

    @property
    def available(self):
        return self.balance + self.available_overdraft

    @property
    def frozen(self):
        return self._frozen

    @frozen.setter
    def frozen(self, flag):
        self._frozen = bool(flag)


class BusinessAccount(Account):
    overdraft_limit = Decimal("5000")

    def __init__(self, number, owner, company_id, opening=Decimal("0")):
        super().__init__(number, owner, opening)
        self.company_id = company_id
        self.credit_lines = []

    @property
    def available_overdraft(self):
        return self.overdraft_limit + sum(self.credit_lines)
