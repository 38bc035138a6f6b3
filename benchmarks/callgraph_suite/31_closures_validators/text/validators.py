import re


class ValidationError(ValueError):
    def __init__(self, field, message):
        self.field = field
        self.message = message


def make_validator(name, check, message):
    def validate(value):
        if not check(value):
            raise ValidationError(name, message)
        return value

    validate.__name__ = f"validate_{name}"
    return validate


def min_length(n):
    return lambda value: len(value) >= n


def matches(pattern):
    compiled = re.compile(pattern)

    def check(value):
        return compiled.fullmatch(value) is not None

    return check


def all_of(*checks):
    def combined(value):
        return all(c(value) for c in checks)

    return combined


is_email = matches(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")
validate_email = make_validator("email", is_email, "invalid email")
validate_password = make_validator(
    "password", all_of(min_length(8), matches(r".*\d.*")), "too weak"
)
