"""Pagination helpers for list endpoints and batch jobs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterator, Sequence, TypeVar

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200


@dataclass
class Page(Generic[T]):
    items: Sequence[T]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    def to_dict(self, serialize: Callable[[T], dict]) -> dict:
        return {
            "items": [serialize(item) for item in self.items],
            "page": self.page,
            "per_page": self.per_page,
            "total": self.total,
            "pages": self.pages,
        }


def clamp_page_args(page: int | str | None, per_page: int | str | None) -> tuple[int, int]:
    page_num = max(1, int(page or 1))
    size = min(MAX_PAGE_SIZE, max(1, int(per_page or DEFAULT_PAGE_SIZE)))
    return page_num, size


def paginate_query(query, page: int, per_page: int) -> Page:
    total = query.count()
    items = query.limit(per_page).offset((page - 1) * per_page).all()
    return Page(items=items, page=page, per_page=per_page, total=total)


class PageIterator(Generic[T]):
    """Iterate over every row of a large query, one page at a time.

    ``fetch(offset, limit)`` must return a list; iteration stops at the first
    short page.
    """

    def __init__(self, fetch: Callable[[int, int], list[T]], page_size: int = 500) -> None:
        self.fetch = fetch
        self.page_size = page_size
        self._buffer: list[T] = []
        self._offset = 0
        self._exhausted = False

    def __iter__(self) -> "PageIterator[T]":
        return self

    def __next__(self) -> T:
        if not self._buffer:
            if self._exhausted:
                raise StopIteration
            self._buffer = list(self.fetch(self._offset, self.page_size))
            self._offset += len(self._buffer)
            if len(self._buffer) < self.page_size:
                self._exhausted = True
            if not self._buffer:
                raise StopIteration
        return self._buffer.pop(0)


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Yield successive ``size``-sized slices of ``items``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
