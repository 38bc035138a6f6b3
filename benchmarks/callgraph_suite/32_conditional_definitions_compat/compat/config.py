import os

from .platform_utils import config_dir, lock_file, parse_toml

DEBUG = os.getenv("APP_DEBUG") == "1"

if DEBUG:

    def log(msg):
        print(f"[debug] {msg}")

else:

    def log(msg):
        pass


class ConfigStore:
    def __init__(self, path=None):
        self.path = path or os.path.join(config_dir(), "config.toml")

    def load(self):
        log(f"loading {self.path}")
        if not os.path.exists(self.path):
            return {}
        with open(self.path, "rb") as fh:
            lock_file(fh)
            return parse_toml(fh.read().decode("utf-8"))

    if DEBUG:

        def dump(self):
            log(repr(self.load()))

    else:

        def dump(self):
            return None
