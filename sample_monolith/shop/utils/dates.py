"""Date/time helpers. All timestamps are stored in UTC."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

HOLIDAYS_2024 = {
    date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 1),
    date(2024, 5, 9), date(2024, 5, 20), date(2024, 10, 3), date(2024, 12, 25), date(2024, 12, 26),
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in HOLIDAYS_2024


def add_business_days(start: date, days: int) -> date:
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def daterange(start: date, end: date):
    """Yield each date from ``start`` up to and including ``end``."""
    current = start
    while current <= end:
        yield current
        current += timedelta(days=1)


def start_of_day(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def minutes_ago(minutes: int) -> datetime:
    return utcnow() - timedelta(minutes=minutes)


def humanize_delta(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"
