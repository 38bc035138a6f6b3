class Store:
    def __init__(self, backend, codec):
        self.backend = backend
        self.codec = codec

    def get(self, key, default=None):
        if not self.backend.exists(key):
            return default
        return self.codec.decode(self.backend.read(key))

    def put(self, key, value):
        self.backend.write(key, self.codec.encode(value))
        return key
