import datetime
import uuid


class Model:
    table = None

    def __init__(self, **fields):
        self.id = None
        self.fields = fields

    def save(self, db):
        if self.id is None:
            self.id = str(uuid.uuid4())
        db.upsert(self.table, self.id, self.fields)
        return self


class TimestampMixin:
    def save(self, db):
        now = datetime.datetime.utcnow().isoformat()
        self.fields.setdefault("created_at", now)
        self.fields["updated_at"] = now
        return super().save(db)


class AuditMixin:
    def save(self, db):
        result = super().save(db)
        db.upsert("audit_log", result.id, {"table": self.table})
        return result


class SoftDeleteMixin:
    def delete(self, db):
        self.fields["deleted"] = True
        return self.save(db)
