try:
    from msgpack import packb, unpackb
except ImportError:  # pragma: no cover - optional dependency
    from .compat import dumps as packb, loads as unpackb

try:
    from zstandard import ZstdCompressor
except ImportError:
    ZstdCompressor = None


class Codec:
    def __init__(self, compress=True):
        self.compressor = ZstdCompressor() if compress and ZstdCompressor else None

    def encode(self, payload):
        data = packb(payload)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if self.compressor is not None:
            data = self.compressor.compress(data)
        return data

    def decode(self, data):
        return unpackb(data)
