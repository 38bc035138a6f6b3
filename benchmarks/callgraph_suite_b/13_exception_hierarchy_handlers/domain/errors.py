class DomainError(Exception):
    code = "domain_error"
    status = 400

    def __init__(self, message, **context):
        self.message = message
        self.context = context


class NotFound(DomainError):
    code = "not_found"
    status = 404

    @classmethod
    def for_model(cls, model, key):
        return cls(f"{model} {key!r} does not exist", model=model, key=key)


class Conflict(DomainError):
    code = "conflict"
    status = 409


class OutOfStock(Conflict):
    code = "out_of_stock"

    def __init__(self, sku, requested, available):
        super().__init__(f"only {available} of {sku} left", sku=sku, requested=requested)
        self.available = available


class PaymentDeclined(DomainError):
    code = "payment_declined"
    status = 402
