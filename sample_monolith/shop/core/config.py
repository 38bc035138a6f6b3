"""Runtime configuration loaded from environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(f"SHOP_{name}", default)


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Immutable settings object; one instance is created at import time."""

    database_url: str = field(default_factory=lambda: _env("DATABASE_URL", "postgresql://shop:shop@localhost/shop"))
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://localhost:6379/0"))
    broker_url: str = field(default_factory=lambda: _env("BROKER_URL", "redis://localhost:6379/1"))
    secret_key: str = field(default_factory=lambda: _env("SECRET_KEY", "dev-secret-change-me"))
    debug: bool = field(default_factory=lambda: _env_bool("DEBUG"))
    default_currency: str = field(default_factory=lambda: _env("CURRENCY", "EUR"))
    stripe_api_key: str = field(default_factory=lambda: _env("STRIPE_API_KEY", ""))
    paypal_client_id: str = field(default_factory=lambda: _env("PAYPAL_CLIENT_ID", ""))
    paypal_secret: str = field(default_factory=lambda: _env("PAYPAL_SECRET", ""))
    smtp_host: str = field(default_factory=lambda: _env("SMTP_HOST", "localhost"))
    smtp_port: int = field(default_factory=lambda: int(_env("SMTP_PORT", "25")))
    sms_api_url: str = field(default_factory=lambda: _env("SMS_API_URL", "https://sms.example.com/v2/send"))
    s3_bucket: str = field(default_factory=lambda: _env("S3_BUCKET", "shop-assets"))
    free_shipping_threshold: Decimal = field(default_factory=lambda: Decimal(_env("FREE_SHIPPING_THRESHOLD", "50.00")))
    reservation_ttl_minutes: int = field(default_factory=lambda: int(_env("RESERVATION_TTL", "30")))
    low_stock_threshold: int = field(default_factory=lambda: int(_env("LOW_STOCK_THRESHOLD", "5")))
    cache_ttl_seconds: int = field(default_factory=lambda: int(_env("CACHE_TTL", "300")))

    @property
    def is_production(self) -> bool:
        return not self.debug and "localhost" not in self.database_url


settings = Settings()

# VAT rates per country, computed once at import time from a compact spec.
_VAT_SPEC = "DE:19,FR:20,NL:21,AT:20,BE:21,IT:22,ES:21,PL:23,SE:25,DK:25"
VAT_RATES: dict[str, Decimal] = {
    code: Decimal(rate) / Decimal(100)
    for code, rate in (pair.split(":") for pair in _VAT_SPEC.split(","))
}
