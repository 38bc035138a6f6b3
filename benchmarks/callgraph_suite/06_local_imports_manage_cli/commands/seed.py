import random


def fake_email(i):
    return f"user{i}@example.com"


def run(count=10):
    from commands.migrate import run as migrate
    from db import execute

    migrate()
    for i in range(count):
        execute("INSERT OR IGNORE INTO users (email) VALUES (?)", (fake_email(i),))
        execute(
            "INSERT INTO orders (user_id, total) VALUES (?, ?)",
            (i + 1, round(random.uniform(5, 500), 2)),
        )
    return count
