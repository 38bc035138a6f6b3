"""Django settings for the Libris staff site and the circulation API."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("LIBRIS_SECRET_KEY", "dev-only-not-secret")
DEBUG = os.environ.get("LIBRIS_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("LIBRIS_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "libris.catalog",
    "libris.members",
    "libris.circulation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "libris.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("LIBRIS_DB", "libris"),
        "USER": os.environ.get("LIBRIS_DB_USER", "libris"),
        "PASSWORD": os.environ.get("LIBRIS_DB_PASSWORD", ""),
        "HOST": os.environ.get("LIBRIS_DB_HOST", "localhost"),
        "PORT": os.environ.get("LIBRIS_DB_PORT", "5432"),
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "Europe/London"
USE_TZ = True

CELERY_BROKER_URL = os.environ.get("LIBRIS_BROKER", "redis://localhost:6379/1")
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = "noreply@northvale-libraries.example"
