from compat.config import ConfigStore, log


def main():
    store = ConfigStore()
    settings = store.load()
    log(f"settings: {sorted(settings)}")
    store.dump()
    return settings
