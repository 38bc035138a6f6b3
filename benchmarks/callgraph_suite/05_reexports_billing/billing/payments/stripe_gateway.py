import os

import stripe

stripe.api_key = os.getenv("STRIPE_KEY", "")


class PaymentDeclined(Exception):
    def __init__(self, code, message):
        self.code = code
        self.message = message


def charge(amount_cents, token, description=""):
    try:
        result = stripe.Charge.create(
            amount=amount_cents, currency="eur", source=token, description=description
        )
    except stripe.error.CardError as exc:
        raise PaymentDeclined(exc.code, str(exc))
    return result["id"]
