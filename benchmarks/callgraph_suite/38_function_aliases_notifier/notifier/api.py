from .core import notify

notify_user = notify
alert = notify_user


def on_signup(user):
    notify_user(user, "welcome", name=user["name"])


def on_password_reset(user, code):
    alert(user, "reset", code=code)
