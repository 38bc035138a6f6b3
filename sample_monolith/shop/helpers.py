"""Miscellaneous helpers.

Historically "the place where things go when nobody knows where they go".
Formatting, rounding, CSV export, date parsing, e-mail checks and a few
reporting helpers that reach straight into several domains' tables.
New code should prefer :mod:`shop.utils`; this module is kept for
backwards compatibility because half of the codebase imports it.
"""

from __future__ import annotations

import csv
import io
import math
import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Iterable, Iterator, Sequence

try:
    import ujson as json
except ImportError:
    import json

from sqlalchemy import func, select

from shop.cart.models import Cart
from shop.catalog.models import Product
from shop.core.db import get_session
from shop.core.logging import get_logger
from shop.inventory.models import Stock
from shop.orders.models import Order, OrderLine
from shop.utils import text as _text

logger = get_logger(__name__)

# ---------------------------------------------------------------------------
# Money & numbers
# ---------------------------------------------------------------------------

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "SEK": "kr", "PLN": "zł"}
SYMBOL_AFTER = {"EUR", "SEK", "PLN", "CHF"}
PRICE_ENDINGS = (Decimal("0.99"), Decimal("0.95"), Decimal("0.49"))
TWO_PLACES = Decimal("0.01")


def round_price(value: Any) -> Decimal:
    """Round to cents, half-up (commercial rounding)."""
    try:
        return Decimal(str(value)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError(f"not a price: {value!r}")


def charm_price(value: Decimal) -> Decimal:
    """Push a price to the nearest 'psychological' ending below it (19.99)."""
    whole = Decimal(math.floor(value))
    for ending in PRICE_ENDINGS:
        candidate = whole + ending
        if candidate <= value:
            return candidate
    return round_price(max(Decimal("0"), whole - 1) + PRICE_ENDINGS[0])


def format_price(value: Any, currency: str = "EUR", locale: str = "de") -> str:
    amount = round_price(value)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if locale == "de":
        text = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        text = f"{amount:,.2f}"
    return f"{text} {symbol}" if currency in SYMBOL_AFTER else f"{symbol}{text}"


def parse_price(text: str) -> Decimal:
    cleaned = re.sub(r"[^\d,.\-]", "", text or "")
    if cleaned.count(",") == 1 and cleaned.rfind(",") > cleaned.rfind("."):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    return round_price(cleaned or "0")


def compute_tax(net: Any, rate: Decimal) -> Decimal:
    return round_price(Decimal(str(net)) * rate)


def gross_to_net(gross: Any, rate: Decimal) -> Decimal:
    return round_price(Decimal(str(gross)) / (1 + rate))


def percentage(part: Any, whole: Any, places: int = 1) -> float:
    whole = Decimal(str(whole))
    if whole == 0:
        return 0.0
    return round(float(Decimal(str(part)) / whole * 100), places)


def safe_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def safe_decimal(value: Any, default: Decimal = Decimal("0")) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError):
        return default


def format_weight(grams: int) -> str:
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.2f} kg".replace(".00", "")


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------

def slugify(value: str) -> str:
    """Kept for old imports; delegates to :func:`shop.utils.text.slugify`."""
    return _text.slugify(value)


def unique_slug(value: str, exists) -> str:
    base = slugify(value)
    candidate, n = base, 2
    while exists(candidate):
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def title_case(value: str) -> str:
    small = {"and", "or", "the", "of", "for", "with", "in", "on"}
    words = value.split()
    return " ".join(w if (i and w.lower() in small) else w.capitalize() for i, w in enumerate(words))


def initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.split() if part)[:3]


def strip_html(value: str) -> str:
    return re.sub(r"<[^>]+>", "", value or "")


def format_address(name: str, street: str, postcode: str, city: str, country: str) -> str:
    if country in {"GB", "US", "CA"}:
        return f"{name}\n{street}\n{city} {postcode}\n{country}"
    return f"{name}\n{street}\n{postcode} {city}\n{country}"


def format_phone(number: str, country_code: str = "49") -> str:
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = country_code + digits[1:]
    return f"+{digits}"


# ---------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
DISPOSABLE_DOMAINS = frozenset({"mailinator.com", "10minutemail.com", "guerrillamail.com", "trashmail.de",
                                "yopmail.com", "tempmail.net"})
COMMON_TYPOS = {"gmial.com": "gmail.com", "gmai.com": "gmail.com", "hotmial.com": "hotmail.com",
                "yaho.com": "yahoo.com", "web.dee": "web.de", "gmx.dee": "gmx.de"}


def is_valid_email(address: str) -> bool:
    return bool(address) and len(address) <= 254 and bool(EMAIL_RE.match(address))


def normalize_email(address: str) -> str:
    address = (address or "").strip().lower()
    if "@" not in address:
        return address
    local, domain = address.rsplit("@", 1)
    domain = COMMON_TYPOS.get(domain, domain)
    if domain in {"gmail.com", "googlemail.com"}:
        local = local.split("+", 1)[0].replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def is_disposable_email(address: str) -> bool:
    return normalize_email(address).rsplit("@", 1)[-1] in DISPOSABLE_DOMAINS


def email_domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y%m%d", "%m/%d/%Y")
DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%d.%m.%Y %H:%M")


def parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(str(value).strip(), fmt).date()
        except ValueError:
            continue
    logger.debug("could not parse date %r", value)
    return None


def parse_datetime(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    text = str(value).strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
        for fmt in DATETIME_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def format_datetime(value: datetime | None, fmt: str = "%d.%m.%Y %H:%M") -> str:
    return value.strftime(fmt) if value else ""


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=timezone.utc)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
    return start, end


def age_in_years(born: date, today: date | None = None) -> int:
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# ---------------------------------------------------------------------------
# Collections
# ---------------------------------------------------------------------------

def chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def deep_get(data: dict, path: str, default: Any = None) -> Any:
    current: Any = data
    for key in path.split("."):
        if isinstance(current, dict) and key in current:
            current = current[key]
        elif isinstance(current, list) and key.isdigit() and int(key) < len(current):
            current = current[int(key)]
        else:
            return default
    return current


def group_by(items: Iterable, key) -> dict:
    grouped: dict = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return grouped


def dumps(data: Any) -> str:
    return json.dumps(data, default=str)


# ---------------------------------------------------------------------------
# Referral codes
# ---------------------------------------------------------------------------

_REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def encode_referral_code(customer_id: int) -> str:
    n, out = customer_id * 7919 + 104729, []
    while n:
        n, r = divmod(n, len(_REF_ALPHABET))
        out.append(_REF_ALPHABET[r])
    return "R" + "".join(reversed(out))


def decode_referral_code(code: str) -> int | None:
    if not code or not code.upper().startswith("R"):
        return None
    n = 0
    for ch in code.upper()[1:]:
        idx = _REF_ALPHABET.find(ch)
        if idx < 0:
            return None
        n = n * len(_REF_ALPHABET) + idx
    customer_id, remainder = divmod(n - 104729, 7919)
    return customer_id if remainder == 0 and customer_id > 0 else None


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

def export_csv(path: str, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ";") -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    logger.info("exported %d rows to %s", count, path)
    return count


def csv_string(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def iter_csv_rows(path: str, required: Sequence[str] = ()) -> Iterator[dict]:
    """Yield CSV rows as dicts, skipping rows that miss ``required`` columns."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(2048)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        for lineno, row in enumerate(csv.DictReader(handle, dialect=dialect), start=2):
            if any(not row.get(col) for col in required):
                logger.warning("%s:%d missing required column", path, lineno)
                continue
            yield {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items()}


# ---------------------------------------------------------------------------
# Cross-domain reporting helpers (yes, these reach into other domains' tables)
# ---------------------------------------------------------------------------

def export_orders_csv(path: str, start: date, end: date) -> int:
    """Dump paid orders between two dates.

    Equivalent SQL for the finance team (not executed here):
    SELECT number, email, grand_total FROM orders WHERE paid_at BETWEEN :start AND :end
    """
    session = get_session()
    lo, _ = day_bounds(start)
    _, hi = day_bounds(end)
    orders = (
        session.query(Order)
        .filter(Order.paid_at >= lo, Order.paid_at < hi)
        .order_by(Order.paid_at)
        .all()
    )
    rows = ((o.number, o.email, o.status, format_datetime(o.paid_at), o.grand_total, o.currency) for o in orders)
    return export_csv(path, ["number", "email", "status", "paid_at", "total", "currency"], rows)


def customer_lifetime_value(customer_id: int) -> Decimal:
    session = get_session()
    total = session.execute(
        select(func.coalesce(func.sum(Order.grand_total), 0)).where(
            Order.customer_id == customer_id, Order.status.notin_(["cancelled", "refunded"])
        )
    ).scalar_one()
    return round_price(total)


def customer_overview(customer_id: int) -> dict:
    from shop.customers.models import Customer

    customer = Customer.objects.get(pk=customer_id)
    return {
        "email": customer.email,
        "name": customer.full_name,
        "tier": customer.tier,
        "clv": str(customer_lifetime_value(customer_id)),
        "open_carts": get_session().query(Cart).filter_by(customer_id=customer_id, is_checked_out=False).count(),
    }


def product_sales_summary(product_id: int) -> dict:
    session = get_session()
    product = session.get(Product, product_id)
    sold = session.execute(
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .join(Order, Order.id == OrderLine.order_id)
        .where(OrderLine.product_id == product_id, Order.status != "cancelled")
    ).scalar_one()
    stock = session.execute(select(Stock).where(Stock.product_id == product_id)).scalar_one_or_none()
    return {
        "sku": product.sku if product else None,
        "name": product.name if product else None,
        "sold": int(sold),
        "in_stock": stock.quantity_available if stock else 0,
        "list_price": format_price(product.list_price) if product else None,
    }


def inventory_value() -> Decimal:
    """Total stock value at list price — for the monthly balance sheet."""
    session = get_session()
    rows = session.execute(
        select(Product.list_price, Stock.quantity_available).join(Stock, Stock.product_id == Product.id)
    ).all()
    return round_price(sum((Decimal(price) * qty for price, qty in rows), Decimal("0")))


def stale_carts(days: int = 7) -> list[Cart]:
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    session = get_session()
    carts = session.query(Cart).filter(Cart.is_checked_out.is_(False), Cart.updated_at < cutoff).all()
    return sorted(carts, key=lambda c: c.updated_at)
