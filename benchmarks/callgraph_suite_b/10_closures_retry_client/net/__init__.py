from .client import ApiClient, make_fast_client

__all__ = ["ApiClient", "make_fast_client"]
