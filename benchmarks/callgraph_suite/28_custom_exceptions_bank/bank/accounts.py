from decimal import Decimal

from .errors import AccountFrozen, AccountNotFound, InsufficientFunds, LimitExceeded

DAILY_LIMIT = Decimal("5000")


class Account:
    def __init__(self, account_id, balance="0"):
        self.id = account_id
        self.balance = Decimal(balance)
        self.frozen = False
        self.withdrawn_today = Decimal("0")

    def withdraw(self, amount):
        amount = Decimal(amount)
        if self.frozen:
            raise AccountFrozen("account is frozen", account_id=self.id)
        if amount > self.balance:
            raise InsufficientFunds(self.id, self.balance, amount)
        if self.withdrawn_today + amount > DAILY_LIMIT:
            raise LimitExceeded
        self.balance -= amount
        self.withdrawn_today += amount
        return self.balance

    def deposit(self, amount):
        if Decimal(amount) <= 0:
            raise ValueError("deposit must be positive")
        self.balance += Decimal(amount)


class Ledger:
    def __init__(self):
        self.accounts = {}

    def open(self, account_id, balance="0"):
        self.accounts[account_id] = Account(account_id, balance)
        return self.accounts[account_id]

    def get(self, account_id):
        try:
            return self.accounts[account_id]
        except KeyError:
            raise AccountNotFound(f"no account {account_id}", account_id=account_id) from None

    def transfer(self, src, dst, amount):
        source = self.get(src)
        target = self.get(dst)
        source.withdraw(amount)
        try:
            target.deposit(amount)
        except ValueError:
            source.deposit(amount)
            raise
