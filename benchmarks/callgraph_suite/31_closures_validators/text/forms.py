from .validators import ValidationError, validate_email, validate_password


def signup_form(data):
    errors = {}
    cleaned = {}

    def run(field, validator):
        try:
            cleaned[field] = validator(data.get(field, ""))
        except ValidationError as exc:
            errors[field] = exc.message

    run("email", validate_email)
    run("password", validate_password)

    class Result:
        def __init__(self):
            self.ok = not errors
            self.errors = errors
            self.cleaned = cleaned

        def raise_for_errors(self):
            if not self.ok:
                raise ValidationError("form", "; ".join(f"{k}: {v}" for k, v in errors.items()))
            return self.cleaned

    return Result()


def register(data, create_user):
    cleaned = signup_form(data).raise_for_errors()
    return create_user(cleaned["email"], cleaned["password"])
