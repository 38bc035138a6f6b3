import gzip
import json

_CODECS = {}


def register(name):
    def decorator(cls):
        _CODECS[name] = cls()
        return cls

    return decorator


def get(name):
    return _CODECS[name]


@register("json")
class JsonCodec:
    def encode(self, obj):
        return json.dumps(obj, sort_keys=True).encode()

    def decode(self, raw):
        return json.loads(raw)


@register("json+gzip")
class GzipJsonCodec(JsonCodec):
    def encode(self, obj):
        return gzip.compress(super().encode(obj))

    def decode(self, raw):
        return super().decode(gzip.decompress(raw))
