import gzip
import json
import os.path
from datetime import date

import boto3
from botocore.exceptions import ClientError


class ArchiveError(Exception):
    pass


def archive_key(prefix, day=None):
    day = day or date.today()
    return os.path.join(prefix, day.strftime("%Y/%m/%d"), "events.json.gz")


def upload_events(bucket, events, prefix="events"):
    body = gzip.compress(json.dumps(events).encode("utf-8"))
    s3 = boto3.client("s3")
    try:
        s3.put_object(Bucket=bucket, Key=archive_key(prefix), Body=body)
    except ClientError as exc:
        raise ArchiveError(str(exc)) from exc
    return len(body)


def list_archives(bucket, prefix="events"):
    paginator = boto3.client("s3").get_paginator("list_objects_v2")
    pages = paginator.paginate(Bucket=bucket, Prefix=prefix)
    return [obj["Key"] for page in pages for obj in page.get("Contents", [])]
