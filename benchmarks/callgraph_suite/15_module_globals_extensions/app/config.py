import os


class Settings:
    def __init__(self):
        self.redis_url = os.getenv("REDIS_URL", "redis://localhost:6379/0")
        self.db_host = os.getenv("DB_HOST", "localhost")
        self.db_name = os.getenv("DB_NAME", "app")

    @property
    def database_url(self):
        return f"postgresql://{self.db_host}/{self.db_name}"


settings = Settings()
