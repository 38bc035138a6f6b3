import os

from .backends import LocalStorage, MemoryStorage, S3Storage

_default = None


def build_storage(kind=None):
    kind = kind or os.getenv("STORAGE", "local")
    if kind == "s3":
        return S3Storage(os.environ["S3_BUCKET"])
    if kind == "memory":
        return MemoryStorage()
    return LocalStorage(os.getenv("MEDIA_ROOT", "/tmp/media"))


def get_storage():
    global _default
    if _default is None:
        _default = build_storage()
    return _default
