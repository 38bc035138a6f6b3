import functools
import time

from flask import abort, g, request

_cache = {}


def login_required(view):
    @functools.wraps(view)
    def inner(*args, **kwargs):
        if getattr(g, "user", None) is None:
            abort(401)
        return view(*args, **kwargs)

    return inner


def cache_response(seconds):
    def decorator(view):
        @functools.wraps(view)
        def inner(*args, **kwargs):
            key = (view.__name__, request.full_path)
            hit = _cache.get(key)
            if hit and hit[0] > time.time():
                return hit[1]
            result = view(*args, **kwargs)
            _cache[key] = (time.time() + seconds, result)
            return result

        return inner

    return decorator
