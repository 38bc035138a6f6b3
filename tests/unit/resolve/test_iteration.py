"""Iteration: generators, the iterator protocol, comprehensions and `yield from`."""

from tests.support import internal_edges


def test_for_over_generator(tmp_path):
    """`for x in gen()` calls the generator function; yielded objects keep their class."""
    edges = internal_edges(
        tmp_path,
        {
            "logs.py": """
                class Entry:
                    def __init__(self, line):
                        self.line = line

                    def level(self):
                        return "INFO"

                def read_entries(lines):
                    for line in lines:
                        yield Entry(line)

                def count_errors(lines):
                    total = 0
                    for entry in read_entries(lines):
                        if entry.level() == "ERROR":
                            total += 1
                    return total
            """,
        },
    )
    assert edges == {
        ("logs.read_entries", "logs.Entry.__init__"),
        ("logs.count_errors", "logs.read_entries"),
        ("logs.count_errors", "logs.Entry.level"),
    }


def test_iterator_protocol_with_self_returning_iter(tmp_path):
    """`for page in Pages()` calls `__iter__` and `__next__` from the scope with the loop."""
    edges = internal_edges(
        tmp_path,
        {
            "pages.py": """
                class Page:
                    def render(self):
                        return ""

                class Pages:
                    def __iter__(self):
                        return self

                    def __next__(self):
                        return Page()

                def show_all():
                    for page in Pages():
                        page.render()
            """,
        },
    )
    assert edges == {
        ("pages.show_all", "pages.Pages.__iter__"),
        ("pages.show_all", "pages.Pages.__next__"),
        ("pages.show_all", "pages.Page.render"),
    }


def test_iter_returning_a_separate_iterator(tmp_path):
    """`__iter__` returning another ROOT object: `__next__` is that object's."""
    edges = internal_edges(
        tmp_path,
        {
            "cursor.py": """
                class Cursor:
                    def __init__(self, rows):
                        self.rows = rows

                    def __next__(self):
                        return self.fetch()

                    def fetch(self):
                        return self.rows

                class Table:
                    def __iter__(self):
                        return Cursor([])

                def dump(table):
                    for row in table:
                        print(row)

                dump(Table())
            """,
        },
    )
    assert edges == {
        ("cursor", "cursor.dump"),
        ("cursor.Table.__iter__", "cursor.Cursor.__init__"),
        ("cursor.Cursor.__next__", "cursor.Cursor.fetch"),
        ("cursor.dump", "cursor.Table.__iter__"),
        ("cursor.dump", "cursor.Cursor.__next__"),
    }



def test_comprehension_over_iterator_class(tmp_path):
    """A comprehension over an iterable instance calls the protocol from the enclosing function."""
    edges = internal_edges(
        tmp_path,
        {
            "feed.py": """
                class Post:
                    def title(self):
                        return ""

                class Feed:
                    def __iter__(self):
                        return self

                    def __next__(self):
                        return Post()

                def titles(feed):
                    return [post.title() for post in feed]

                def main():
                    return titles(Feed())
            """,
        },
    )
    assert edges == {
        ("feed.main", "feed.titles"),
        ("feed.titles", "feed.Feed.__iter__"),
        ("feed.titles", "feed.Feed.__next__"),
        ("feed.titles", "feed.Post.title"),
    }


def test_yield_from_passes_items_through(tmp_path):
    """`yield from inner()` calls inner and yields what inner yields."""
    edges = internal_edges(
        tmp_path,
        {
            "tasks.py": """
                class Email:
                    def run(self):
                        return "email"

                class Sms:
                    def run(self):
                        return "sms"

                def email_tasks():
                    yield Email()

                def all_tasks():
                    yield from email_tasks()
                    yield Sms()

                def main():
                    for task in all_tasks():
                        task.run()
            """,
        },
    )
    assert edges == {
        ("tasks.all_tasks", "tasks.email_tasks"),
        ("tasks.main", "tasks.all_tasks"),
        ("tasks.main", "tasks.Email.run"),
        ("tasks.main", "tasks.Sms.run"),
    }
