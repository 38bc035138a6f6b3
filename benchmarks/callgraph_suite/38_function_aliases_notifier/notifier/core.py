import os

from . import senders
from .formatting import html, plain

send = senders.send_smtp
if os.getenv("EMAIL_BACKEND") == "console":
    send = senders.send_console

render = plain


def configure(backend):
    global send
    if backend == "null":
        send = senders.send_null


def use_html():
    global render
    render = html


def notify(user, template, **ctx):
    subject, body = render(template, **ctx)
    send(user["email"], subject, body)


def notify_admins(admins, message):
    deliver = senders.send_console
    for admin in admins:
        deliver(admin, "admin notice", message)
    deliver = notify
    deliver({"email": "ops@example.com"}, "admin_digest", message=message)
