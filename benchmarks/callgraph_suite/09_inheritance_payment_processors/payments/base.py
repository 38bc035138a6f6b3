import logging

logger = logging.getLogger(__name__)


class PaymentError(Exception):
    pass


class BaseProcessor:
    currency = "EUR"

    def __init__(self, api_key):
        self.api_key = api_key

    def validate(self, amount):
        if amount <= 0:
            raise PaymentError("amount must be positive")

    def fee(self, amount):
        return 0

    def charge(self, amount, source):
        self.validate(amount)
        total = amount + self.fee(amount)
        logger.info("charging %s %s", total, self.currency)
        return self.submit(total, source)

    def submit(self, total, source):
        raise NotImplementedError
