import os

from .strategies import CsvExporter, JsonExporter, NdjsonExporter

EXPORTERS = {cls.extension: cls for cls in (JsonExporter, CsvExporter, NdjsonExporter)}


class ExportRunner:
    def __init__(self, out_dir, fmt):
        self.out_dir = out_dir
        self.exporter = EXPORTERS[fmt]()

    def run(self, rows, name):
        path = os.path.join(self.out_dir, f"{name}.{self.exporter.extension}")
        with open(path, "w", newline="") as fh:
            if hasattr(self.exporter, "export_header"):
                getattr(self.exporter, "export_header")(rows, fh)
            self.exporter.export(rows, fh)
        return path

    def run_hook(self, hook_name, *args):
        hook = getattr(self.exporter, hook_name, None)
        if callable(hook):
            return hook(*args)
        return None
