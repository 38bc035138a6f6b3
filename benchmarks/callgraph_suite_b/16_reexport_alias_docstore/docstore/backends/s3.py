import boto3
from botocore.exceptions import ClientError

from .base import Backend


class S3Backend(Backend):
    scheme = "s3"

    def __init__(self, location):
        bucket, _, prefix = location.partition("/")
        super().__init__(prefix)
        self.bucket = bucket
        self.client = boto3.client("s3")

    def read(self, key):
        try:
            obj = self.client.get_object(Bucket=self.bucket, Key=f"{self.location}/{key}")
        except ClientError:
            raise KeyError(key) from None
        return obj["Body"].read()

    def write(self, key, data):
        self.client.put_object(Bucket=self.bucket, Key=f"{self.location}/{key}", Body=data)
