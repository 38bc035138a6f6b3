import time
import uuid


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        response = self.get_response(request)
        response.headers["X-Request-ID"] = request.id
        return response


class TimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.monotonic()
        response = self.get_response(request)
        response.headers["X-Elapsed"] = f"{time.monotonic() - start:.4f}"
        return response


class RateLimiter:
    def __init__(self, limit):
        self.limit = limit
        self.hits = {}

    def __call__(self, key):
        self.hits[key] = self.hits.get(key, 0) + 1
        return self.hits[key] <= self.limit
