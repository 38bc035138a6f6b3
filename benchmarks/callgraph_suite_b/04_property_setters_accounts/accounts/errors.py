class AccountError(Exception):
    def __init__(self, number, message):
        self.number = number
        self.message = message


class FrozenAccountError(AccountError):
    def __init__(self, number):
        super().__init__(number, f"account {number} is frozen")


class LimitExceeded(AccountError):
    def __init__(self, number, attempted):
        super().__init__(number, f"account {number} would drop to {attempted}")
        self.attempted = attempted
