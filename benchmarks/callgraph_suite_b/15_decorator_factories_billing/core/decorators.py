import functools
import time

from .audit import audit_log
from .auth import current_user


def require_role(*roles):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = current_user()
            if not user.has_any_role(roles):
                raise PermissionError(f"{user.name} lacks one of {roles}")
            return func(*args, **kwargs)

        return wrapper

    return decorator


def audited(action):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            audit_log.write(action, actor=current_user().name)
            return result

        return wrapper

    return decorator


class memoize:
    def __init__(self, ttl):
        self.ttl = ttl
        self.store = {}

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args):
            hit = self.store.get(args)
            if hit and hit[1] > time.monotonic():
                return hit[0]
            value = func(*args)
            self.store[args] = (value, time.monotonic() + self.ttl)
            return value

        return wrapper
