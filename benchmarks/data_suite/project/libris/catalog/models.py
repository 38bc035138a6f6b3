"""Bibliographic records and physical copies."""
from django.db import models
from django.db.models import Count

from libris.core.models import ActiveManager, DisplayNameMixin, TimeStampedModel


class BookManager(models.Manager):
    """Catalogue queries used by the OPAC and the staff screens."""

    def available_at(self, branch_code):
        return (
            self.filter(copies__branch__code=branch_code, copies__status="on_shelf")
            .distinct()
            .order_by("title")
        )

    def by_isbn(self, isbn):
        isbn = isbn.replace("-", "").strip().upper()
        return self.filter(isbn=isbn).first()

    def most_borrowed(self, limit=20):
        return self.annotate(n_loans=Count("copies__loans")).order_by("-n_loans")[:limit]

    def retire_unused(self, cutoff):
        """Remove records that never had a copy attached (bad MARC imports)."""
        return self.filter(copies__isnull=True, created_at__lt=cutoff).delete()


class Branch(TimeStampedModel):
    code = models.CharField(max_length=10, unique=True)
    name = models.CharField(max_length=120)
    address = models.TextField(blank=True)
    is_active = models.BooleanField(default=True)

    objects = ActiveManager()

    class Meta:
        db_table = "lib_branch"
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class Author(DisplayNameMixin, TimeStampedModel):
    display_fields = ("given_name", "family_name")

    given_name = models.CharField(max_length=120, blank=True)
    family_name = models.CharField(max_length=120)
    born = models.PositiveSmallIntegerField(null=True, blank=True)
    viaf_id = models.CharField(max_length=32, blank=True)


class Publisher(models.Model):
    name = models.CharField(max_length=200, unique=True)
    country = models.CharField(max_length=2, blank=True)

    def __str__(self):
        return self.name


class SubjectTag(models.Model):
    label = models.SlugField(max_length=80, unique=True)

    class Meta:
        db_table = "subject_tags"


class Book(TimeStampedModel):
    isbn = models.CharField(max_length=13, unique=True)
    title = models.CharField(max_length=300)
    subtitle = models.CharField(max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    publisher = models.ForeignKey(
        "Publisher", on_delete=models.SET_NULL, null=True, blank=True, related_name="books"
    )
    authors = models.ManyToManyField(Author, related_name="books")
    subjects = models.ManyToManyField(SubjectTag, blank=True, related_name="books")

    objects = BookManager()

    def __str__(self):
        return self.title


class Copy(TimeStampedModel):
    ON_SHELF = "on_shelf"
    ON_LOAN = "on_loan"
    HOLD_SHELF = "hold_shelf"
    LOST = "lost"
    STATUS_CHOICES = [
        (ON_SHELF, "On shelf"),
        (ON_LOAN, "On loan"),
        (HOLD_SHELF, "On the hold shelf"),
        (LOST, "Lost"),
    ]

    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="copies")
    branch = models.ForeignKey(Branch, on_delete=models.PROTECT, related_name="copies")
    barcode = models.CharField(max_length=14, unique=True)
    shelf_mark = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=12, choices=STATUS_CHOICES, default=ON_SHELF)

    class Meta:
        db_table = "lib_copy"
        verbose_name_plural = "copies"

    def mark(self, status):
        self.status = status
        self.save(update_fields=["status", "updated_at"])
