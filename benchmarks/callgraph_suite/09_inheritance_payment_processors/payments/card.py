from .base import BaseProcessor, PaymentError
from .gateway import CardGateway


class CardProcessor(BaseProcessor):
    def __init__(self, api_key, merchant_id):
        super().__init__(api_key)
        self.gateway = CardGateway(api_key, merchant_id)

    def validate(self, amount):
        super().validate(amount)
        if amount > 10_000:
            raise PaymentError("card limit exceeded")

    def fee(self, amount):
        return round(amount * 0.029 + 0.30, 2)

    def submit(self, total, source):
        return self.gateway.capture(self.gateway.authorize(source, total))


class AmexProcessor(CardProcessor):
    def fee(self, amount):
        return super().fee(amount) + round(amount * 0.006, 2)
