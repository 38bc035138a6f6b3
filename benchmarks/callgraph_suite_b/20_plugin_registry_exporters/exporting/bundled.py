import csv
import json

from .base import Exporter
from .formatting import format_date, format_money
from .registry import exporters


@exporters.register("csv")
class CsvExporter(Exporter):
    extension = "csv"
    formatters = {"amount": format_money, "created": format_date}

    def write_header(self, buffer):
        csv.writer(buffer).writerow(self.fields)

    def write_row(self, buffer, values):
        csv.writer(buffer).writerow(values)


@exporters.register()
class JsonLines(Exporter):
    extension = "jsonl"

    def write_row(self, buffer, values):
        buffer.write(json.dumps(dict(zip(self.fields, values)), default=str) + "\n")


@exporters.register("tsv")
class TsvExporter(CsvExporter):
    extension = "tsv"

    def write_row(self, buffer, values):
        buffer.write("\t".join(str(value) for value in values) + "\n")
