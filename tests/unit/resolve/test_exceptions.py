"""Raising exceptions constructs them; exception class hierarchies."""

from tests.support import edges_of, internal_edges


def test_raise_call_of_root_exception(tmp_path):
    """`raise E(...)` constructs E: an edge to its `__init__`."""
    edges = internal_edges(
        tmp_path,
        {
            "bank.py": """
                class InsufficientFunds(Exception):
                    def __init__(self, needed):
                        self.needed = needed

                def withdraw(balance, amount):
                    if amount > balance:
                        raise InsufficientFunds(amount - balance)
                    return balance - amount
            """,
        },
    )
    assert edges == {("bank.withdraw", "bank.InsufficientFunds.__init__")}


def test_raise_bare_class_constructs_it(tmp_path):
    """`raise E` without parentheses also constructs E."""
    edges = internal_edges(
        tmp_path,
        {
            "bank.py": """
                class AccountFrozen(Exception):
                    def __init__(self):
                        self.code = 403

                def check(frozen):
                    if frozen:
                        raise AccountFrozen
            """,
        },
    )
    assert edges == {("bank.check", "bank.AccountFrozen.__init__")}


def test_raise_exception_without_root_init_gives_no_edge(tmp_path):
    """An exception class with no ROOT `__init__` on its MRO gives no edge."""
    edges = edges_of(
        tmp_path,
        {
            "limits.py": """
                class LimitExceeded(Exception):
                    pass

                def check(n):
                    if n > 10:
                        raise LimitExceeded
                    if n > 5:
                        raise LimitExceeded("too many")
            """,
        },
    )
    assert edges == set()


def test_raise_builtin_exceptions(tmp_path):
    """Builtin exceptions are `<builtin>.ValueError` style names, with or without a call."""
    edges = edges_of(
        tmp_path,
        {
            "parse.py": """
                def parse(text):
                    if not text:
                        raise ValueError("empty")
                    if text == "?":
                        raise KeyError
                    return text
            """,
        },
    )
    assert edges == {("parse.parse", "<builtin>.ValueError"), ("parse.parse", "<builtin>.KeyError")}


def test_raise_external_exceptions(tmp_path):
    """External exceptions are named by import name."""
    edges = edges_of(
        tmp_path,
        {
            "client.py": """
                import requests
                from werkzeug.exceptions import NotFound

                def fetch(found, ok):
                    if not found:
                        raise NotFound()
                    if not ok:
                        raise requests.HTTPError("bad")
            """,
        },
    )
    assert edges == {("client.fetch", "werkzeug.exceptions.NotFound"), ("client.fetch", "requests.HTTPError")}


def test_inherited_exception_init(tmp_path):
    """Subclasses without `__init__` construct through the base's `__init__`."""
    edges = internal_edges(
        tmp_path,
        {
            "errors.py": """
                class BankError(Exception):
                    def __init__(self, message, code=500):
                        self.message = message
                        self.code = code

                class AccountNotFound(BankError):
                    pass

                class AccountClosed(AccountNotFound):
                    pass
            """,
            "ledger.py": """
                from errors import AccountClosed, AccountNotFound

                def get(accounts, key):
                    if key not in accounts:
                        raise AccountNotFound(key)
                    if accounts[key] is None:
                        raise AccountClosed(key)
                    return accounts[key]
            """,
        },
    )
    assert edges == {("ledger.get", "errors.BankError.__init__")}


def test_exception_init_chains_with_super(tmp_path):
    """A subclass `__init__` calling `super().__init__` reaches the base's and `<builtin>.super`."""
    edges = edges_of(
        tmp_path,
        {
            "errors.py": """
                class AppError(Exception):
                    def __init__(self, message):
                        self.message = message

                class ValidationError(AppError):
                    def __init__(self, field):
                        super().__init__(f"invalid {field}")
                        self.field = field

                def validate(data):
                    if "name" not in data:
                        raise ValidationError("name")
            """,
        },
    )
    assert edges == {
        ("errors.validate", "errors.ValidationError.__init__"),
        ("errors.ValidationError.__init__", "<builtin>.super"),
        ("errors.ValidationError.__init__", "errors.AppError.__init__"),
    }
