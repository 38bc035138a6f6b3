from services.users import ReportService, UserService


class DictCache:
    def __init__(self):
        self._data = {}

    def get(self, key):
        return self._data.get(key)

    def set(self, key, value, ttl):
        self._data[key] = value


cache = DictCache()
users = UserService(cache)
reports = ReportService(cache)


def handle_profile(user_id):
    return users.profile(user_id)


def handle_report(month):
    return reports.monthly(month)
