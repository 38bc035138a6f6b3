"""Cataloguing: new titles, copies, transfers between branches, cover images."""
import logging

import boto3
from django.db import transaction

from libris.catalog.models import Book, Branch, Copy, Publisher, SubjectTag
from libris.circulation.models import Loan

log = logging.getLogger(__name__)

COVERS_BUCKET = "northvale-libris-covers"


def catalogue_title(isbn, title, publisher_name=None, year=None, subjects=()):
    existing = Book.objects.by_isbn(isbn)
    if existing is not None:
        return existing
    publisher = None
    if publisher_name:
        publisher, _ = Publisher.objects.get_or_create(name=publisher_name.strip())
    book = Book(isbn=isbn, title=title, year=year, publisher=publisher)
    book.save()
    for label in subjects:
        SubjectTag.objects.get_or_create(label=label.lower())
    log.info("catalogued %s (%s)", isbn, title)
    return book


def _next_barcode(branch):
    last = (
        Copy.objects.filter(branch=branch)
        .order_by("-barcode")
        .values_list("barcode", flat=True)
        .first()
    )
    serial = int(last[-8:]) + 1 if last else 1
    return f"{branch.code[:6]:0<6}{serial:08d}"


def add_copies(book_id, branch_code, count, shelf_mark=""):
    book = Book.objects.get(pk=book_id)
    branch = Branch.objects.get(code=branch_code)
    first = _next_barcode(branch)
    prefix, serial = first[:6], int(first[6:])
    copies = [
        Copy(book=book, branch=branch, barcode=f"{prefix}{serial + i:08d}", shelf_mark=shelf_mark)
        for i in range(count)
    ]
    Copy.objects.bulk_create(copies)
    return copies


@transaction.atomic
def transfer_copy(barcode, to_branch_code):
    copy = Copy.objects.select_related("branch").get(barcode=barcode)
    target = Branch.objects.get(code=to_branch_code)
    log.info("transfer %s: %s -> %s", barcode, copy.branch.code, target.code)
    copy.branch = target
    copy.save()
    return copy


def withdraw_copy(barcode):
    copy = Copy.objects.get(barcode=barcode)
    if Loan.objects.filter(copy=copy, returned_on__isnull=True).exists():
        raise ValueError(f"{barcode} is on loan")
    copy.delete()


def merge_publishers(keep_id, drop_ids):
    """Point every book at the surviving publisher, then drop the duplicates."""
    Book.objects.filter(publisher_id__in=drop_ids).update(publisher_id=keep_id)
    Publisher.objects.filter(pk__in=drop_ids).delete()


def tag_cloud():
    seen = set()
    for label in SubjectTag.objects.values_list("label", flat=True):
        seen.add(label.split("-")[0])
    return sorted(seen)


def retire_dead_titles(cutoff):
    removed, _ = Book.objects.retire_unused(cutoff)
    return removed


def cover_keys(isbn_prefix):
    """S3 keys of the cover scans; boto3's ``objects`` collection, not Django's."""
    bucket = boto3.resource("s3").Bucket(COVERS_BUCKET)
    return [obj.key for obj in bucket.objects.filter(Prefix=f"covers/{isbn_prefix}")]


def drop_covers(isbn):
    bucket = boto3.resource("s3").Bucket(COVERS_BUCKET)
    bucket.objects.filter(Prefix=f"covers/{isbn}").delete()
