"""Generic SQLAlchemy repository that per-domain repositories subclass."""

from __future__ import annotations

from typing import Generic, Iterable, Sequence, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import get_session
from .errors import NotFound

T = TypeVar("T")


class BaseRepository(Generic[T]):
    """CRUD helpers for a single mapped class."""

    model: type[T]

    def __init__(self, session: Session | None = None) -> None:
        self.session = session or get_session()

    def get(self, pk: int) -> T | None:
        return self.session.get(self.model, pk)

    def get_or_404(self, pk: int) -> T:
        obj = self.get(pk)
        if obj is None:
            raise NotFound(f"{self.model.__name__} {pk} not found")
        return obj

    def list(self, limit: int = 50, offset: int = 0) -> Sequence[T]:
        stmt = select(self.model).limit(limit).offset(offset)
        return self.session.execute(stmt).scalars().all()

    def count(self) -> int:
        return self.session.execute(select(func.count()).select_from(self.model)).scalar_one()

    def add(self, obj: T) -> T:
        self.session.add(obj)
        self.session.flush()
        return obj

    def add_all(self, objs: Iterable[T]) -> None:
        self.session.add_all(list(objs))
        self.session.flush()

    def save(self, obj: T) -> T:
        merged = self.session.merge(obj)
        self.session.flush()
        return merged

    def remove(self, obj: T) -> None:
        self.session.delete(obj)
        self.session.flush()

    def commit(self) -> None:
        self.session.commit()
