from sqlalchemy import text

from .db import engine


def dashboard_stats():
    with engine.connect() as conn:
        users = conn.execute(text("SELECT count(*) FROM users")).scalar()
        projects = conn.execute(text("SELECT count(*) FROM projects")).scalar()
    return {"users": users, "projects": projects}


def list_projects():
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name FROM projects ORDER BY name")).all()
    return [dict(id=r[0], name=r[1]) for r in rows]
