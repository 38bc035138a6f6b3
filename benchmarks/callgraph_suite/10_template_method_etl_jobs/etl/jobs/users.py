import csv

from .base import Job


class UserImportJob(Job):
    name = "users"

    def __init__(self, path, sink):
        self.path = path
        self.sink = sink

    def extract(self):
        with open(self.path, newline="") as fh:
            return list(csv.DictReader(fh))

    def transform(self, row):
        row = super().transform(row)
        row["email"] = row["email"].strip().lower()
        return row

    def load(self, rows):
        return self.sink.write_many("users", rows)


class AdminImportJob(UserImportJob):
    def transform(self, row):
        row = super().transform(row)
        row["is_admin"] = True
        return row
