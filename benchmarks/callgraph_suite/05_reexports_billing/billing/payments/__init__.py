from .stripe_gateway import PaymentDeclined, charge

__all__ = ["charge", "PaymentDeclined"]
