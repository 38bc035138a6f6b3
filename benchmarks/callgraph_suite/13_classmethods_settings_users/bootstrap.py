import config
from accounts.models import User
from config.settings import Settings


def bootstrap(argv):
    settings = config.load(testing="--test" in argv)
    if "--config" in argv:
        settings = Settings.from_file(argv[argv.index("--config") + 1])
    admin = User.create_staff("admin@example.com", "changeme")
    ok = admin.check_password("changeme")
    return settings.get("db_url"), ok
