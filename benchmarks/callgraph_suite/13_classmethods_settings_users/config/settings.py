import json
import os


class Settings:
    defaults = {"debug": False, "db_url": "sqlite:///app.db", "workers": 2}

    def __init__(self, values):
        self.values = {**self.defaults, **values}

    @classmethod
    def from_env(cls, prefix="APP_"):
        values = {}
        for key in cls.defaults:
            raw = os.getenv(prefix + key.upper())
            if raw is not None:
                values[key] = cls.coerce(raw)
        return cls(values)

    @classmethod
    def from_file(cls, path):
        with open(path) as fh:
            return cls(json.load(fh))

    @staticmethod
    def coerce(raw):
        if raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        return int(raw) if raw.isdigit() else raw

    def get(self, key):
        return self.values[key]


class TestSettings(Settings):
    defaults = {**Settings.defaults, "debug": True, "db_url": "sqlite:///:memory:"}

    @staticmethod
    def coerce(raw):
        return raw
