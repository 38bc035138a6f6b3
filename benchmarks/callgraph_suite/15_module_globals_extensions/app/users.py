import json

from app import extensions
from app.extensions import cache


def get_user(user_id):
    cached = cache.get(f"user:{user_id}")
    if cached:
        return json.loads(cached)
    session = extensions.SessionLocal()
    try:
        row = session.execute("SELECT id, email FROM users WHERE id = :id", {"id": user_id}).first()
    finally:
        session.close()
    user = {"id": row[0], "email": row[1]} if row else None
    cache.set(f"user:{user_id}", json.dumps(user))
    return user


def invalidate(user_id):
    extensions.cache.set(f"user:{user_id}", "", ttl=1)
