from sqlalchemy import select

from .models import Author, Book


class BookRepository:
    def __init__(self, session):
        self.session = session

    def add(self, title, author_name):
        author = self.session.scalars(select(Author).where(Author.name == author_name)).first()
        if author is None:
            author = Author(name=author_name)
            self.session.add(author)
        book = Book(title=title, author=author)
        self.session.add(book)
        return book

    def by_author(self, author_name):
        stmt = select(Book).join(Book.author).where(Author.name == author_name).order_by(Book.title)
        return list(self.session.scalars(stmt))

    def titles(self, author_name):
        return [book.label() for book in self.by_author(author_name)]
