class AccountRepository:
    def __init__(self):
        self._rows = {}

    def add(self, account):
        self._rows[account.number] = account

    def get(self, number):
        try:
            return self._rows[number]
        except KeyError:
            raise LookupError(f"no account {number}") from None

    def all(self):
        return self._rows.values()
