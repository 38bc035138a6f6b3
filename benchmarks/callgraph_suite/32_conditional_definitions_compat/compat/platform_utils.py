import os
import sys

if sys.platform == "win32":
    import msvcrt

    def lock_file(fh):
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def config_dir():
        return os.path.join(os.getenv("APPDATA", "C:\\"), "myapp")

else:
    import fcntl

    def lock_file(fh):
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def config_dir():
        return os.path.join(os.path.expanduser("~"), ".config", "myapp")


if sys.version_info >= (3, 11):
    import tomllib

    def parse_toml(text):
        return tomllib.loads(text)

else:
    try:
        import tomli as tomllib
    except ImportError:
        tomllib = None

    def parse_toml(text):
        if tomllib is None:
            raise RuntimeError("install tomli to read config files")
        return tomllib.loads(text)
