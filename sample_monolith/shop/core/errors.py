"""Exception hierarchy shared by all domains."""

__all__ = [
    "ShopError",
    "NotFound",
    "ValidationError",
    "PermissionDenied",
    "Conflict",
    "ExternalServiceError",
    "PaymentDeclined",
    "OutOfStock",
]


class ShopError(Exception):
    """Base class for all business errors; carries an HTTP status hint."""

    status_code = 500
    code = "shop_error"

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.details = details

    def to_dict(self) -> dict:
        return {"error": self.code, "message": self.message, "details": self.details}


class NotFound(ShopError):
    status_code = 404
    code = "not_found"


class ValidationError(ShopError):
    status_code = 422
    code = "validation_error"


class PermissionDenied(ShopError):
    status_code = 403
    code = "permission_denied"


class Conflict(ShopError):
    status_code = 409
    code = "conflict"


class ExternalServiceError(ShopError):
    status_code = 502
    code = "external_service_error"

    def __init__(self, service: str, message: str = "", **details: object) -> None:
        super().__init__(message or f"{service} unavailable", service=service, **details)
        self.service = service


class PaymentDeclined(ShopError):
    status_code = 402
    code = "payment_declined"


class OutOfStock(Conflict):
    code = "out_of_stock"

    def __init__(self, product_id: int, requested: int, available: int) -> None:
        super().__init__(
            f"product {product_id}: requested {requested}, only {available} available",
            product_id=product_id,
            requested=requested,
            available=available,
        )
        self.product_id = product_id
        self.requested = requested
        self.available = available
