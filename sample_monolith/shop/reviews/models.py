"""Review models (Django ORM)."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from shop.core.models import TimeStampedModel


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class Review(TimeStampedModel):
    id = models.BigAutoField(primary_key=True)
    product_id = models.IntegerField(db_index=True)
    customer = models.ForeignKey("customers.Customer", on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    title = models.CharField(max_length=120)
    body = models.TextField(max_length=5000)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING)
    verified_purchase = models.BooleanField(default=False)
    helpful_count = models.IntegerField(default=0)
    moderation_score = models.DecimalField(max_digits=4, decimal_places=3, default=0)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "reviews"
        unique_together = [("product_id", "customer")]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.rating}* {self.title}"

    @property
    def is_public(self) -> bool:
        return self.status == ReviewStatus.APPROVED


class ReviewVote(TimeStampedModel):
    id = models.BigAutoField(primary_key=True)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="votes")
    customer = models.ForeignKey("customers.Customer", on_delete=models.CASCADE)
    helpful = models.BooleanField()

    class Meta:
        db_table = "review_votes"
        unique_together = [("review", "customer")]


class ReviewFlag(TimeStampedModel):
    id = models.BigAutoField(primary_key=True)
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="flags")
    reason = models.CharField(max_length=40)
    note = models.TextField(blank=True, default="")
    resolved = models.BooleanField(default=False)

    class Meta:
        db_table = "review_flags"
