class Page:
    def __init__(self, items, next_cursor):
        self.items = items
        self.next_cursor = next_cursor


class PageIterator:
    def __init__(self, fetch_page, page_size=100):
        self.fetch_page = fetch_page
        self.page_size = page_size
        self._cursor = None
        self._buffer = []
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        while not self._buffer:
            if self._done:
                raise StopIteration
            page = self.fetch_page(self._cursor, self.page_size)
            self._buffer = list(page.items)
            self._cursor = page.next_cursor
            self._done = page.next_cursor is None
        return self._buffer.pop(0)


class Batches:
    def __init__(self, iterable, size):
        self.iterable = iterable
        self.size = size

    def __iter__(self):
        batch = []
        for item in self.iterable:
            batch.append(item)
            if len(batch) == self.size:
                yield batch
                batch = []
        if batch:
            yield batch
