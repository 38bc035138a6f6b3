from .settings import Settings, TestSettings


def load(testing=False):
    if testing:
        return TestSettings.from_env()
    return Settings.from_env()
