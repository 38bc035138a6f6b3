class Backend:
    scheme = None

    def __init__(self, location):
        self.location = location

    def read(self, key):
        raise NotImplementedError

    def write(self, key, data):
        raise NotImplementedError

    def exists(self, key):
        try:
            self.read(key)
        except KeyError:
            return False
        return True
