import logging

from domain.errors import DomainError, NotFound, OutOfStock

log = logging.getLogger(__name__)


class ErrorHandlers:
    def __init__(self):
        self._handlers = {}

    def register(self, exc_class):
        def decorator(func):
            self._handlers[exc_class] = func
            return func

        return decorator

    def handle(self, exc):
        for klass in type(exc).__mro__:
            handler = self._handlers.get(klass)
            if handler is not None:
                return handler(exc)
        log.error("unhandled error %r", exc)
        return {"code": "internal"}, 500


handlers = ErrorHandlers()


@handlers.register(DomainError)
def domain_error(exc):
    return {"code": exc.code, "message": exc.message}, exc.status


@handlers.register(NotFound)
def not_found(exc):
    return {"code": exc.code, "resource": exc.context["model"]}, 404


@handlers.register(OutOfStock)
def out_of_stock(exc):
    body, status = domain_error(exc)
    body["available"] = exc.available
    return body, status
