import os
import shutil

import boto3


class LocalStorage:
    def __init__(self, root):
        self.root = root
        os.makedirs(root, exist_ok=True)

    def save(self, name, fileobj):
        path = os.path.join(self.root, name)
        with open(path, "wb") as fh:
            shutil.copyfileobj(fileobj, fh)
        return path

    def url(self, name):
        return "file://" + os.path.abspath(os.path.join(self.root, name))


class S3Storage:
    def __init__(self, bucket, region="eu-central-1"):
        self.bucket = bucket
        self.client = boto3.client("s3", region_name=region)

    def save(self, name, fileobj):
        self.client.upload_fileobj(fileobj, self.bucket, name)
        return f"s3://{self.bucket}/{name}"

    def url(self, name):
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": name}
        )


class MemoryStorage:
    def __init__(self):
        self.files = {}

    def save(self, name, fileobj):
        self.files[name] = fileobj.read()
        return name

    def url(self, name):
        return f"memory://{name}"
