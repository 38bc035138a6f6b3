class BaseService:
    log_prefix = "base"

    def __init__(self, cache):
        self.cache = cache

    def format_log(self, message, fields):
        return f"{self.log_prefix.upper()}: {message}"

    def log(self, message, **fields):
        pass
