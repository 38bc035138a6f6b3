import billing
from billing import PaymentDeclined, charge_card


def checkout(customer, cart, token, country):
    invoice = billing.create_invoice(customer, cart, country)
    amount = int(invoice.gross() * 100)
    try:
        charge_id = charge_card(amount, token, description=f"invoice {invoice.id}")
    except PaymentDeclined as exc:
        return {"status": "declined", "reason": exc.message}
    return {"status": "paid", "charge": charge_id, "vat": billing.tax.vat_for(country)}


def quote(cart, country):
    net = sum(qty * price for qty, price in cart.values())
    return billing.Invoice("quote", [("", 1, net)], country).gross()
