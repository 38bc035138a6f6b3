from importlib.metadata import entry_points

from exporting import exporters


def discover():
    for ep in entry_points(group="exporting.plugins"):
        plugin = ep.load()
        exporters.register(ep.name)(plugin)


def export_report(rows, fmt, fields):
    exporter = exporters.create(fmt, fields=fields)
    return f"report.{exporter.extension}", exporter.export(rows)


def available_formats(extra_modules=()):
    exporters.load_external(extra_modules)
    discover()
    return exporters.names()
