from serializers.registry import get_serializer, singleton


@singleton
class ExportService:
    def __init__(self, default_type="application/json"):
        self.default_type = default_type
        self.exports = 0

    def export(self, records, content_type=None):
        serializer = get_serializer(content_type or self.default_type)
        self.exports += 1
        return serializer.dumps(records)


def export_users(users, fmt=None):
    service = ExportService()
    return service.export([{"id": u.id, "email": u.email} for u in users], fmt)
