import redis
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.config import settings


class Cache:
    def __init__(self, url):
        self.client = redis.Redis.from_url(url)

    def get(self, key):
        return self.client.get(key)

    def set(self, key, value, ttl=300):
        self.client.setex(key, ttl, value)


engine = create_engine(settings.database_url)
SessionLocal = sessionmaker(bind=engine)
cache = Cache(settings.redis_url)
