from .dispatch import dispatch


def stripe_webhook(request):
    try:
        outcome = dispatch(request.body, request.headers.get("Stripe-Signature", ""))
    except PermissionError:
        return 400, "invalid signature"
    return 200, outcome
