import os


class Settings:
    def __init__(self, cache_url, feature_flags):
        self.cache_url = cache_url
        self.feature_flags = feature_flags

    @classmethod
    def from_env(cls):
        flags = {flag.strip() for flag in os.getenv("FEATURES", "").split(",") if flag.strip()}
        return cls(os.getenv("CACHE_URL", "memory://"), flags)

    def enabled(self, flag):
        return flag in self.feature_flags


settings = Settings.from_env()
