import io

from storage.factory import build_storage, get_storage


def handle_upload(filename, data):
    storage = get_storage()
    stored = storage.save(filename, io.BytesIO(data))
    return {"stored": stored, "url": storage.url(filename)}


def make_test_storage():
    return build_storage("memory")


def export_report(rows):
    storage = make_test_storage()
    body = "\n".join(",".join(map(str, row)) for row in rows).encode()
    return storage.save("report.csv", io.BytesIO(body))
