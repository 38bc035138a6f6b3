from .errors import AccountError
from .models import Account, BusinessAccount
from .repository import AccountRepository

repo = AccountRepository()


def open_account(number, owner, company_id=None):
    if company_id:
        account = BusinessAccount(number, owner, company_id)
    else:
        account = Account(number, owner)
    repo.add(account)
    return account


def deposit(number, amount):
    account = repo.get(number)
    account.balance += amount
    return account.balance


def transfer(source_no, target_no, amount):
    source, target = repo.get(source_no), repo.get(target_no)
    if amount > source.available:
        return False
    try:
        source.balance = source.balance - amount
        target.balance = target.balance + amount
    except AccountError as err:
        return err.message
    return True


def freeze(number):
    account = repo.get(number)
    if not account.frozen:
        account.frozen = True
    return account.frozen
