from domain.errors import DomainError
from services.inventory import reserve
from services.payments import charge

from .errors import handlers


def checkout(request):
    try:
        left = reserve(request["sku"], request["qty"])
        charge(request["customer"], request["cents"])
    except DomainError as exc:
        return handlers.handle(exc)
    except ValueError as exc:
        return {"code": "bad_request", "message": str(exc)}, 400
    return {"left": left}, 201
