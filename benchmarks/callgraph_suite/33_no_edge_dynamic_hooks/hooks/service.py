from .builtin import AuditTrail
from .config import MAINTENANCE
from .runner import call_method, notify, run_hooks


class UserService:
    def __init__(self, repository, mailer):
        self.repository = repository
        self.mailer = mailer
        self.audit = AuditTrail()

    def create(self, email):
        user = self.repository.insert({"email": email})
        run_hooks("user.created", user)
        notify(self.mailer, f"new user {email}")
        self.audit.record(user)
        return user

    def maintenance(self):
        return call_method(self.audit, MAINTENANCE)

    def evaluate(self, expression):
        return eval(expression, {"service": self})()
