from sqlalchemy import text


def list_todos(db, owner):
    rows = db.execute(text("SELECT id, title, done FROM todos WHERE owner = :o"), {"o": owner})
    return [dict(row._mapping) for row in rows]


def create_todo(db, owner, title, done=False):
    result = db.execute(
        text("INSERT INTO todos (owner, title, done) VALUES (:o, :t, :d)"),
        {"o": owner, "t": title, "d": done},
    )
    db.commit()
    return {"id": result.lastrowid, "title": title, "done": done}
