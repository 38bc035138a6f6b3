from . import codecs
from .backends.local import LocalBackend as FileBackend
from .backends.s3 import S3Backend
from .core import Store as DocumentStore

__all__ = ["DocumentStore", "FileBackend", "S3Backend", "codecs", "open_store"]


def open_store(url):
    if url.startswith("s3://"):
        backend = S3Backend(url[5:])
    else:
        backend = FileBackend(url)
    return DocumentStore(backend, codec=codecs.get("json"))
