class MemoryDB:
    def __init__(self):
        self.tables = {}

    def upsert(self, table, key, row):
        self.tables.setdefault(table, {})[key] = dict(row)

    def dump(self):
        return {name: len(rows) for name, rows in self.tables.items()}
