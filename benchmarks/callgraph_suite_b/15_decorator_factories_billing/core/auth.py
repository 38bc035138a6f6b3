class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = frozenset(roles)

    def has_any_role(self, roles):
        return bool(self.roles.intersection(roles))


ANONYMOUS = User("anonymous", ())
_current = None


def login(name, roles):
    global _current
    _current = User(name, roles)
    return _current


def current_user():
    return _current or ANONYMOUS
