import io


class Exporter:
    extension = "txt"
    formatters = {}

    def __init__(self, fields, **options):
        self.fields = fields
        self.options = options

    def format_value(self, field, value):
        formatter = self.formatters.get(field)
        return formatter(value) if formatter else value

    def render_row(self, row):
        return [self.format_value(field, row.get(field)) for field in self.fields]

    def export(self, rows):
        buffer = io.StringIO()
        self.write_header(buffer)
        for row in rows:
            self.write_row(buffer, self.render_row(row))
        return buffer.getvalue()

    def write_header(self, buffer):
        return None

    def write_row(self, buffer, values):
        raise NotImplementedError
