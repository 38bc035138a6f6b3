from functools import wraps


class PermissionDenied(Exception):
    def __init__(self, role):
        self.role = role


def current_user(request):
    return request.get("user") or {}


def require_role(role):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = current_user(request)
            if role not in user.get("roles", ()):
                raise PermissionDenied(role)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
