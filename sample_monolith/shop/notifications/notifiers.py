"""Delivery channels."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

import requests

from shop.core.config import settings
from shop.core.errors import ExternalServiceError
from shop.core.logging import get_logger
from shop.core.retry import retry
from shop.utils.text import mask, truncate
from shop.utils.validation import valid_email, valid_phone

logger = get_logger(__name__)


class BaseNotifier:
    channel = "base"
    max_length: int | None = None

    def __init__(self, sender: str) -> None:
        self.sender = sender
        self.sent = 0
        self.failed = 0

    def validate_recipient(self, recipient: str) -> bool:
        return bool(recipient)

    def deliver(self, recipient: str, subject: str, body: str) -> None:
        raise NotImplementedError

    def send(self, recipient: str, subject: str, body: str) -> bool:
        if not self.validate_recipient(recipient):
            logger.warning("%s: invalid recipient %s", self.channel, mask(recipient))
            self.failed += 1
            return False
        if self.max_length:
            body = truncate(body, self.max_length)
        try:
            self.deliver(recipient, subject, body)
        except ExternalServiceError:
            self.failed += 1
            raise
        self.sent += 1
        return True


class EmailNotifier(BaseNotifier):
    channel = "email"

    def __init__(self, sender: str = "shop@example.com", host: str | None = None, port: int | None = None) -> None:
        super().__init__(sender)
        self.host = host or settings.smtp_host
        self.port = port or settings.smtp_port

    def validate_recipient(self, recipient: str) -> bool:
        return valid_email(recipient)

    @retry(times=3, exceptions=(smtplib.SMTPException, OSError))
    def deliver(self, recipient: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = recipient
        message["Subject"] = subject
        message.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=10) as smtp:
            smtp.send_message(message)


class SmsNotifier(BaseNotifier):
    channel = "sms"
    max_length = 160

    def __init__(self, sender: str = "SHOP", api_url: str | None = None) -> None:
        super().__init__(sender)
        self.api_url = api_url or settings.sms_api_url

    def validate_recipient(self, recipient: str) -> bool:
        return valid_phone(recipient)

    def deliver(self, recipient: str, subject: str, body: str) -> None:
        response = requests.post(self.api_url, json={"from": self.sender, "to": recipient, "text": body},
                                 timeout=10)
        if response.status_code >= 300:
            raise ExternalServiceError("sms", response.text)


class PushNotifier(BaseNotifier):
    channel = "push"
    max_length = 240

    def deliver(self, recipient: str, subject: str, body: str) -> None:
        import boto3

        boto3.client("sns").publish(TargetArn=recipient, Subject=subject[:100], Message=body)


class StaffSlackNotifier(BaseNotifier):
    channel = "slack"

    def deliver(self, recipient: str, subject: str, body: str) -> None:
        requests.post(recipient, json={"text": f"*{subject}*\n{body}"}, timeout=5)


def make_notifier(channel: str) -> BaseNotifier:
    """Factory returning a fresh notifier for ``channel``."""
    factories = {
        "email": lambda: EmailNotifier(),
        "sms": lambda: SmsNotifier(),
        "push": lambda: PushNotifier("shop"),
        "slack": lambda: StaffSlackNotifier("shop-bot"),
    }
    return factories[channel]()
