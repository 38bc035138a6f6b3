import datetime


def format_money(value):
    return f"{value / 100:.2f}" if value is not None else ""


def format_date(value):
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return datetime.date.fromisoformat(value).strftime("%d.%m.%Y") if value else ""
