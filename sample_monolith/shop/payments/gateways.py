"""Payment provider adapters.

``PaymentGateway`` is the abstract interface; concrete gateways register
themselves in :data:`GATEWAYS` at import time via :func:`register_gateway`.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from decimal import Decimal

import requests
import stripe

from shop.core.config import settings
from shop.core.errors import *  # noqa: F401,F403  (PaymentDeclined, ExternalServiceError, ...)
from shop.core.logging import get_logger
from shop.core.money import Money
from shop.core.retry import retry

logger = get_logger(__name__)

GATEWAYS: dict[str, type["PaymentGateway"]] = {}


def register_gateway(name: str):
    def decorator(cls: type["PaymentGateway"]) -> type["PaymentGateway"]:
        cls.name = name
        GATEWAYS[name] = cls
        return cls

    return decorator


@dataclass
class ChargeResult:
    success: bool
    reference: str | None
    raw: dict = field(default_factory=dict)
    failure_reason: str | None = None


class PaymentGateway(abc.ABC):
    name = "abstract"
    supports_partial_refund = True

    def __init__(self, timeout: int = 20) -> None:
        self.timeout = timeout
        self.calls = 0

    @abc.abstractmethod
    def charge(self, amount: Money, token: str, description: str) -> ChargeResult:
        ...

    @abc.abstractmethod
    def refund(self, reference: str, amount: Money) -> ChargeResult:
        ...

    def verify_webhook(self, payload: bytes, signature: str) -> dict:
        raise ExternalServiceError(self.name, "webhooks not supported")

    def _track(self) -> None:
        self.calls += 1

    def __repr__(self) -> str:
        return f"<{type(self).__name__} calls={self.calls}>"


@register_gateway("stripe")
class StripeGateway(PaymentGateway):
    def __init__(self, api_key: str | None = None, timeout: int = 20) -> None:
        super().__init__(timeout=timeout)
        self.api_key = api_key or settings.stripe_api_key
        stripe.api_key = self.api_key

    @retry(times=3, exceptions=(stripe.error.APIConnectionError,))
    def charge(self, amount: Money, token: str, description: str) -> ChargeResult:
        self._track()
        try:
            intent = stripe.PaymentIntent.create(
                amount=amount.cents, currency=amount.currency.lower(), payment_method=token,
                confirm=True, description=description,
            )
        except stripe.error.CardError as exc:
            return ChargeResult(False, None, failure_reason=exc.user_message)
        return ChargeResult(intent.status == "succeeded", intent.id, raw=dict(intent))

    def refund(self, reference: str, amount: Money) -> ChargeResult:
        self._track()
        refund = stripe.Refund.create(payment_intent=reference, amount=amount.cents)
        return ChargeResult(refund.status in ("succeeded", "pending"), refund.id, raw=dict(refund))

    def verify_webhook(self, payload: bytes, signature: str) -> dict:
        try:
            return stripe.Webhook.construct_event(payload, signature, settings.secret_key)
        except stripe.error.SignatureVerificationError as exc:
            raise PermissionDenied("bad webhook signature") from exc


@register_gateway("paypal")
class PaypalGateway(PaymentGateway):
    BASE_URL = "https://api-m.paypal.com"
    supports_partial_refund = True

    def __init__(self, client_id: str | None = None, secret: str | None = None, timeout: int = 30) -> None:
        super().__init__(timeout=timeout)
        self.client_id = client_id or settings.paypal_client_id
        self.secret = secret or settings.paypal_secret
        self._token: str | None = None

    @property
    def token(self) -> str:
        if self._token is None:
            response = requests.post(f"{self.BASE_URL}/v1/oauth2/token", auth=(self.client_id, self.secret),
                                     data={"grant_type": "client_credentials"}, timeout=self.timeout)
            if response.status_code != 200:
                raise ExternalServiceError("paypal", "oauth failed")
            self._token = response.json()["access_token"]
        return self._token

    @retry(times=2, exceptions=(requests.ConnectionError,))
    def charge(self, amount: Money, token: str, description: str) -> ChargeResult:
        self._track()
        response = requests.post(
            f"{self.BASE_URL}/v2/checkout/orders/{token}/capture",
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=self.timeout,
        )
        body = response.json()
        ok = response.status_code == 201 and body.get("status") == "COMPLETED"
        return ChargeResult(ok, body.get("id"), raw=body, failure_reason=None if ok else body.get("message"))

    def refund(self, reference: str, amount: Money) -> ChargeResult:
        self._track()
        response = requests.post(
            f"{self.BASE_URL}/v2/payments/captures/{reference}/refund",
            json={"amount": {"value": str(amount.amount), "currency_code": amount.currency}},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=self.timeout,
        )
        return ChargeResult(response.status_code == 201, response.json().get("id"), raw=response.json())


@register_gateway("invoice")
class InvoiceGateway(PaymentGateway):
    """Pay-by-invoice for B2B customers: always 'succeeds', settled offline."""

    supports_partial_refund = False

    def charge(self, amount: Money, token: str, description: str) -> ChargeResult:
        self._track()
        if amount.amount > Decimal("5000"):
            return ChargeResult(False, None, failure_reason="invoice limit exceeded")
        return ChargeResult(True, f"INV-{token}")

    def refund(self, reference: str, amount: Money) -> ChargeResult:
        return ChargeResult(True, f"CREDIT-{reference}")


def get_gateway(name: str, **kwargs) -> PaymentGateway:
    """Factory: instantiate the gateway registered under ``name``."""
    try:
        cls = GATEWAYS[name]
    except KeyError:
        raise ValidationError(f"unknown payment method {name!r}", available=sorted(GATEWAYS))
    return cls(**kwargs)
