MIGRATIONS = [
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)",
    "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, user_id INTEGER, total REAL)",
]


def run(verbose=False):
    from db import execute

    for statement in MIGRATIONS:
        if verbose:
            print(statement)
        execute(statement)
    return len(MIGRATIONS)
