import os
import pathlib

from .base import Backend


class LocalBackend(Backend):
    scheme = "file"

    def _path(self, key):
        return pathlib.Path(self.location, key)

    def read(self, key):
        path = self._path(key)
        if not path.exists():
            raise KeyError(key)
        return path.read_bytes()

    def write(self, key, data):
        path = self._path(key)
        os.makedirs(path.parent, exist_ok=True)
        path.write_bytes(data)
