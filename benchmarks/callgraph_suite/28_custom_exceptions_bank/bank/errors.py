class BankError(Exception):
    code = "bank_error"
    status = 400

    def __init__(self, message, *, account_id=None):
        self.message = message
        self.account_id = account_id


class InsufficientFunds(BankError):
    code = "insufficient_funds"

    def __init__(self, account_id, balance, amount):
        super().__init__(f"balance {balance} is below {amount}", account_id=account_id)
        self.shortfall = amount - balance


class AccountFrozen(BankError):
    code = "account_frozen"
    status = 423


class AccountNotFound(BankError, LookupError):
    code = "not_found"
    status = 404


class LimitExceeded(Exception):
    pass
