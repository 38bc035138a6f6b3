import smtplib
from email.message import EmailMessage

TEMPLATES = {
    "receipt": "Thanks! Your order {order_id} is confirmed.",
    "payment-failed": "Payment for order {order_id} failed: {reason}",
    "model-change": "{model} changed",
}


class Mailer:
    def __init__(self, host="localhost", port=25):
        self.host = host
        self.port = port

    def render(self, template, context):
        return TEMPLATES[template].format(**context)

    def send(self, to, template, **context):
        msg = EmailMessage()
        msg["To"] = to
        msg["Subject"] = template.replace("-", " ").title()
        msg.set_content(self.render(template, context))
        smtp = smtplib.SMTP(self.host, self.port)
        try:
            smtp.send_message(msg)
        finally:
            smtp.quit()
        return True
