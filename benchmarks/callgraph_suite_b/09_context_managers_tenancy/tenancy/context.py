import contextvars

_current = contextvars.ContextVar("tenant", default=None)


class TenantScope:
    def __init__(self, tenant_id):
        self.tenant_id = tenant_id
        self._token = None

    def __enter__(self):
        self._token = _current.set(self.tenant_id)
        return self

    def __exit__(self, exc_type, exc, tb):
        _current.reset(self._token)
        return False


def current_tenant():
    tenant = _current.get()
    if tenant is None:
        raise LookupError("no tenant in scope")
    return tenant
