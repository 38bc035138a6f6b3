"""Database plumbing for the parts of Libris that do not go through Django.

The ILL service, the events service and the analytics loaders all talk to the
same Postgres cluster through SQLAlchemy; the audit trail uses psycopg2 directly.
"""
import os
from contextlib import contextmanager

import psycopg2
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = os.environ.get(
    "LIBRIS_SQLALCHEMY_URL", "postgresql+psycopg2://libris@localhost:5432/libris"
)

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=10, future=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False, future=True)


def get_session():
    """FastAPI dependency: one session per request."""
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


@contextmanager
def session_scope():
    """Transactional scope for scripts and workers."""
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def raw_connection():
    return psycopg2.connect(os.environ.get("LIBRIS_DSN", "dbname=libris user=libris"))
