from .core import RateLimiter, RequestIdMiddleware, TimingMiddleware
from .http import Response

# innermost first
MIDDLEWARE = [RequestIdMiddleware, TimingMiddleware]
limiter = RateLimiter(limit=100)


def view(request):
    if not limiter(request.remote_addr):
        return Response(429, "slow down")
    return Response(200, "hello")


def build_handler(middleware=MIDDLEWARE):
    handler = view
    for factory in middleware:
        handler = factory(handler)
    return handler


application = build_handler()
