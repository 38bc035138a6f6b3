from .pipeline import Batches, Pipeline
from .sink import Warehouse
from .stages import Dedupe, Normalize, drop_empty, read_csv, tag

COLUMN_MAP = {"E-Mail": "email", "Name": "name", "Country": "country"}


def customer_pipeline(path):
    return (
        Pipeline(read_csv(path))
        .then(Normalize(COLUMN_MAP))
        .then(drop_empty)
        .then(Dedupe("email"))
        .then(tag("crm-export"))
    )


def preview(path, limit=5):
    out = []
    for row in customer_pipeline(path):
        out.append(row)
        if len(out) >= limit:
            break
    return out


def load_customers(path, warehouse=None):
    warehouse = warehouse or Warehouse("customers")
    loaded = 0
    for batch in Batches(customer_pipeline(path).rows(), size=500):
        loaded += warehouse.insert_many(batch)
    return loaded
