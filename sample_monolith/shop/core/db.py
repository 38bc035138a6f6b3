"""SQLAlchemy engine, session factory and the classic declarative Base.

Most domains declare their models on :data:`Base`. Promotions and shipping
were rewritten later and use the SQLAlchemy 2.0 ``DeclarativeBase`` style;
customers and reviews live in the Django ORM.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import MetaData, create_engine
from sqlalchemy.orm import Session, declarative_base, scoped_session, sessionmaker

from .config import settings
from .logging import get_logger

logger = get_logger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(metadata=metadata)

engine = create_engine(
    settings.database_url,
    pool_size=10,
    max_overflow=20,
    pool_pre_ping=True,
    echo=settings.debug,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
ScopedSession = scoped_session(SessionLocal)


def get_session() -> Session:
    """Return the thread-local session used by request handlers and tasks."""
    return ScopedSession()


def remove_session(exc: BaseException | None = None) -> None:
    ScopedSession.remove()


def raw_connection():
    """A DB-API connection for the few places that hand-write SQL."""
    return engine.raw_connection()


class TransactionScope:
    """Context manager that commits on success and rolls back on error.

    Usage::

        with TransactionScope() as session:
            session.add(order)
    """

    def __init__(self, session: Session | None = None, *, readonly: bool = False) -> None:
        self.session = session or get_session()
        self.readonly = readonly
        self._nested = self.session.in_transaction()

    def __enter__(self) -> Session:
        if self._nested:
            self._tx = self.session.begin_nested()
        return self.session

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            logger.warning("rolling back transaction: %s", exc)
            if self._nested:
                self._tx.rollback()
            else:
                self.session.rollback()
            return False
        if self.readonly:
            self.session.rollback()
        elif self._nested:
            self._tx.commit()
        else:
            self.session.commit()
        return False


@contextmanager
def session_scope() -> Iterator[Session]:
    """Function-style equivalent of :class:`TransactionScope` for scripts."""
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def create_all() -> None:
    """Create the classic-Base tables (used by tests and ``manage.py initdb``)."""
    Base.metadata.create_all(engine)
