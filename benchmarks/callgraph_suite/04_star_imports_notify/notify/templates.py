import string

__all__ = ["render_subject", "render_body"]

_TEMPLATES = {
    "welcome": ("Welcome, $name!", "Hi $name,\nthanks for signing up."),
    "reset": ("Password reset", "Hi $name,\nuse code $code to reset your password."),
}


def _load(kind):
    try:
        return _TEMPLATES[kind]
    except KeyError:
        raise KeyError(f"no template named {kind}") from None


def render_subject(kind, **ctx):
    subject, _ = _load(kind)
    return string.Template(subject).safe_substitute(ctx)


def render_body(kind, **ctx):
    _, body = _load(kind)
    return string.Template(body).safe_substitute(ctx) + render_footer()


def render_footer():
    return "\n-- \nThe Example Team"
