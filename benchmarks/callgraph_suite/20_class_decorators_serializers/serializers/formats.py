import csv
import io
import json
from xml.etree import ElementTree as ET

from .registry import register


class BaseSerializer:
    def __init__(self, indent=None):
        self.indent = indent

    def dumps(self, records):
        return self.encode([self.prepare(r) for r in records])

    def prepare(self, record):
        return dict(record)


@register("application/json")
class JsonSerializer(BaseSerializer):
    def encode(self, records):
        return json.dumps(records, indent=self.indent)


@register("text/csv")
class CsvSerializer(BaseSerializer):
    def encode(self, records):
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=sorted(records[0]) if records else [])
        writer.writeheader()
        writer.writerows(records)
        return buf.getvalue()


@register("application/xml")
class XmlSerializer(BaseSerializer):
    def prepare(self, record):
        return {k: str(v) for k, v in super().prepare(record).items()}

    def encode(self, records):
        root = ET.Element("records")
        for record in records:
            ET.SubElement(root, "record", record)
        return ET.tostring(root, encoding="unicode")
