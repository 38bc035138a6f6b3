import html as html_lib

TEMPLATES = {
    "welcome": "Hello {name}, welcome aboard!",
    "reset": "Your reset code is {code}.",
    "admin_digest": "{message}",
}


def plain(template, **ctx):
    return template.replace("_", " ").title(), TEMPLATES[template].format(**ctx)


def html(template, **ctx):
    subject, body = plain(template, **ctx)
    return subject, f"<p>{html_lib.escape(body)}</p>"
