import stripe

from domain.errors import PaymentDeclined


def charge(customer_id, cents):
    try:
        return stripe.Charge.create(customer=customer_id, amount=cents, currency="eur")
    except stripe.error.CardError as err:
        raise PaymentDeclined("card declined", customer=customer_id) from err
    except stripe.error.APIConnectionError:
        raise
