"""Authentication / authorisation decorators for the web layers."""

from __future__ import annotations

import functools
import hmac
import time
from hashlib import sha256
from typing import Callable

from flask import g, request

from .config import settings
from .errors import PermissionDenied

ROLE_HIERARCHY = {"customer": 0, "support": 10, "warehouse": 20, "manager": 30, "admin": 100}


def sign_token(user_id: int, role: str, ttl: int = 3600) -> str:
    expires = int(time.time()) + ttl
    body = f"{user_id}:{role}:{expires}"
    sig = hmac.new(settings.secret_key.encode(), body.encode(), sha256).hexdigest()
    return f"{body}:{sig}"


def verify_token(token: str) -> dict | None:
    try:
        user_id, role, expires, sig = token.split(":")
    except ValueError:
        return None
    body = f"{user_id}:{role}:{expires}"
    expected = hmac.new(settings.secret_key.encode(), body.encode(), sha256).hexdigest()
    if not hmac.compare_digest(sig, expected) or int(expires) < time.time():
        return None
    return {"id": int(user_id), "role": role}


def current_user() -> dict | None:
    user = getattr(g, "user", None)
    if user is not None:
        return user
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        user = verify_token(header[7:])
        g.user = user
    return user


def require_auth(func: Callable) -> Callable:
    """Reject the request unless a valid bearer token is present."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if current_user() is None:
            raise PermissionDenied("authentication required")
        return func(*args, **kwargs)

    return wrapper


def require_role(role: str) -> Callable[[Callable], Callable]:
    """Require the current user to have at least ``role``."""
    minimum = ROLE_HIERARCHY[role]

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None or ROLE_HIERARCHY.get(user["role"], -1) < minimum:
                raise PermissionDenied(f"role {role!r} required")
            return func(*args, **kwargs)

        wrapper.required_role = role
        return wrapper

    return decorator


def owner_or_role(role: str, owner_arg: str = "customer_id") -> Callable[[Callable], Callable]:
    """Allow access if the user owns the resource or has ``role``."""

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            user = current_user()
            if user is None:
                raise PermissionDenied("authentication required")
            if kwargs.get(owner_arg) == user["id"]:
                return func(*args, **kwargs)
            if ROLE_HIERARCHY.get(user["role"], -1) >= ROLE_HIERARCHY[role]:
                return func(*args, **kwargs)
            raise PermissionDenied("not the owner")

        return wrapper

    return decorator
