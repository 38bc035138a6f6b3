from contextlib import closing

from .db import get_session
from .repository import BookRepository


class LibraryService:
    def __init__(self, session_factory=get_session):
        self.session_factory = session_factory

    def add_book(self, title, author):
        with closing(self.session_factory()) as session:
            book = BookRepository(session).add(title, author)
            session.commit()
            return book.id

    def catalogue(self, author):
        session = self.session_factory()
        try:
            return BookRepository(session).titles(author)
        finally:
            session.close()
