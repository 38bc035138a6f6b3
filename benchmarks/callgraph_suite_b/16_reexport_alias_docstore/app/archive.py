import docstore.backends.local as local_backends
from docstore import DocumentStore as Store
from docstore import FileBackend, codecs, open_store


class ArchivedStore(Store):
    def put(self, key, value):
        return super().put(f"archive/{key}", value)


def archive_orders(orders, root="/var/lib/archive"):
    store = ArchivedStore(FileBackend(root), codec=codecs.get("json+gzip"))
    return [store.put(str(order["id"]), order) for order in orders]


def restore(key, url):
    store = open_store(url)
    return store.get(key)


def scratch_store(tmpdir):
    backend = local_backends.LocalBackend(tmpdir)
    return Store(backend, codecs.get("json"))
