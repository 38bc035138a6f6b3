import csv
import json


class JsonExporter:
    extension = "json"

    def export(self, rows, fh):
        json.dump(rows, fh, indent=2)


class CsvExporter:
    extension = "csv"

    def export_header(self, rows, fh):
        csv.writer(fh).writerow(rows[0].keys())

    def export(self, rows, fh):
        writer = csv.writer(fh)
        for row in rows:
            writer.writerow(row.values())


class NdjsonExporter(JsonExporter):
    extension = "ndjson"

    def export(self, rows, fh):
        for row in rows:
            fh.write(json.dumps(row) + "\n")
