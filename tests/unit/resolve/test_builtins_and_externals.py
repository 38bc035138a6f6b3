"""Builtins and external libraries: how they are named, and when results are unknown."""

from tests.support import edges_of


def test_builtin_functions(tmp_path):
    """Builtin functions called by name are `<builtin>.NAME`."""
    edges = edges_of(
        tmp_path,
        {
            "util.py": """
                def describe(items):
                    print(len(items))
                    if isinstance(items, list):
                        return sorted(items)
                    return repr(items)
            """,
        },
    )
    assert edges == {
        ("util.describe", "<builtin>.print"),
        ("util.describe", "<builtin>.len"),
        ("util.describe", "<builtin>.isinstance"),
        ("util.describe", "<builtin>.sorted"),
        ("util.describe", "<builtin>.repr"),
    }



def test_methods_of_builtin_values_give_no_edge(tmp_path):
    """`"".join`, `[].append`, `{}.get`, `str.format` on builtin values are not edges."""
    edges = edges_of(
        tmp_path,
        {
            "text.py": """
                def build(parts, key):
                    out = []
                    out.append(", ".join(parts))
                    lookup = {"a": 1}
                    value = lookup.get(key)
                    out.extend(["x"])
                    return "{}-{}".format(out, value).upper()
            """,
        },
    )
    assert edges == set()


def test_root_function_shadows_builtin(tmp_path):
    """A module function named like a builtin is the module's, not `<builtin>`."""
    edges = edges_of(
        tmp_path,
        {
            "files.py": """
                def open(path):
                    return path

                def load(path):
                    return open(path)
            """,
        },
    )
    assert edges == {("files.load", "files.open")}


def test_external_functions_by_import_name(tmp_path):
    """`os.path.join`, `requests.get`, `json.dumps`, `from json import loads`, `import numpy as np`."""
    edges = edges_of(
        tmp_path,
        {
            "io_utils.py": """
                import json
                import os.path
                import requests
                import numpy as np
                from json import loads

                def fetch(base, name):
                    url = os.path.join(base, name)
                    body = requests.get(url)
                    data = loads(body)
                    np.array(data)
                    return json.dumps(data)
            """,
        },
    )
    assert edges == {
        ("io_utils.fetch", "os.path.join"),
        ("io_utils.fetch", "requests.get"),
        ("io_utils.fetch", "json.loads"),
        ("io_utils.fetch", "numpy.array"),
        ("io_utils.fetch", "json.dumps"),
    }


def test_external_class_instance_keeps_class_name(tmp_path):
    """`s = requests.Session(); s.get()` gives `requests.Session` and `requests.Session.get`."""
    edges = edges_of(
        tmp_path,
        {
            "client.py": """
                import requests

                def fetch(url):
                    session = requests.Session()
                    response = session.get(url)
                    session.close()
                    return response
            """,
        },
    )
    assert edges == {
        ("client.fetch", "requests.Session"),
        ("client.fetch", "requests.Session.get"),
        ("client.fetch", "requests.Session.close"),
    }


def test_external_instance_stored_on_self(tmp_path):
    """An external instance stored on `self` keeps its class name in other methods."""
    edges = edges_of(
        tmp_path,
        {
            "api.py": """
                from requests import Session

                class ApiClient:
                    def __init__(self):
                        self.http = Session()

                    def post(self, url, data):
                        return self.http.post(url, json=data)
            """,
        },
    )
    assert edges == {
        ("api.ApiClient.__init__", "requests.Session"),
        ("api.ApiClient.post", "requests.Session.post"),
    }



def test_lowercase_external_call_results_are_opaque(tmp_path):
    """`boto3.client("s3").put_object()` gives only `boto3.client`; so does a stored client."""
    edges = edges_of(
        tmp_path,
        {
            "upload.py": """
                import boto3

                def upload(key, body):
                    boto3.client("s3").put_object(Key=key, Body=body)
                    s3 = boto3.client("s3")
                    s3.upload_file(key, "bucket", key)
            """,
        },
    )
    assert edges == {("upload.upload", "boto3.client")}


def test_results_of_external_function_calls_are_opaque(tmp_path):
    """`requests.get(u).json()` and `logging.getLogger(...).info()` give only the first call."""
    edges = edges_of(
        tmp_path,
        {
            "svc.py": """
                import logging
                import requests

                logger = logging.getLogger(__name__)

                def fetch(url):
                    logger.info("fetching")
                    return requests.get(url).json()
            """,
        },
    )
    assert edges == {("svc", "logging.getLogger"), ("svc.fetch", "requests.get")}
