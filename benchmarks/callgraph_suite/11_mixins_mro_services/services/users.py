from .base import BaseService
from .mixins import CacheMixin, LoggingMixin, TimingMixin


class UserService(LoggingMixin, TimingMixin, CacheMixin, BaseService):
    log_prefix = "users"

    def profile(self, user_id):
        key = self.cache_key("profile", user_id)
        return self.cached(key, lambda: self.timed("load", self._load, user_id))

    def _load(self, user_id):
        self.log("loading", user_id=user_id)
        return {"id": user_id}


class ReportService(TimingMixin, BaseService):
    log_prefix = "reports"

    def monthly(self, month):
        return self.timed("monthly", self._build, month)

    def _build(self, month):
        self.log("building", month=month)
        return {"month": month}
