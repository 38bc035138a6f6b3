from .templates import *


def render_footer():
    return "\n(sent by the notification service)"


def email_message(kind, to, **ctx):
    return {
        "to": to,
        "subject": render_subject(kind, **ctx),
        "body": render_body(kind, **ctx) + render_footer(),
    }


def sms_message(kind, to, **ctx):
    text = render_subject(kind, **ctx)
    return {"to": to, "text": text[:160]}
