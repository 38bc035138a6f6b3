"""Review service."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.db.models import Avg, Count, F
from django.utils import timezone

from shop.catalog import service as catalog_service
from shop.core import events
from shop.core.errors import Conflict, NotFound, ValidationError
from shop.core.logging import get_logger
from shop.notifications.tasks import send_review_approved
from shop.orders import service as orders_service
from . import moderation
from .models import Review, ReviewFlag, ReviewStatus, ReviewVote

logger = get_logger(__name__)


def submit_review(product_id: int, customer_id: int, rating: int, title: str, body: str) -> Review:
    if not catalog_service.product_exists(product_id):
        raise NotFound(f"product {product_id}")
    if not 1 <= rating <= 5:
        raise ValidationError("rating must be between 1 and 5")
    if Review.objects.filter(product_id=product_id, customer_id=customer_id).exists():
        raise Conflict("already reviewed")
    verified = orders_service.has_purchased(customer_id, product_id)
    review = Review(product_id=product_id, customer_id=customer_id, rating=rating,
                    title=title.strip(), body=body.strip(), verified_purchase=verified)
    review.status = moderation.decide(review)
    review.save()
    if review.status == ReviewStatus.APPROVED:
        _on_approved(review)
    return review


def approve(review_id: int) -> Review:
    review = _get(review_id)
    review.status = ReviewStatus.APPROVED
    review.save(update_fields=["status", "updated_at"])
    _on_approved(review)
    return review


def reject(review_id: int, note: str = "") -> None:
    review = _get(review_id)
    with transaction.atomic():
        Review.objects.filter(pk=review.pk).update(status=ReviewStatus.REJECTED)
        ReviewFlag.objects.create(review=review, reason="moderator", note=note, resolved=True)
    _recompute_rating(review.product_id)


def vote(review_id: int, customer_id: int, helpful: bool) -> int:
    review = _get(review_id)
    _, created = ReviewVote.objects.update_or_create(review=review, customer_id=customer_id,
                                                     defaults={"helpful": helpful})
    if created and helpful:
        Review.objects.filter(pk=review_id).update(helpful_count=F("helpful_count") + 1)
    review.refresh_from_db(fields=["helpful_count"])
    return review.helpful_count


def flag(review_id: int, reason: str, note: str = "") -> ReviewFlag:
    review = _get(review_id)
    return ReviewFlag.objects.create(review=review, reason=reason, note=note)


def for_product(product_id: int, sort: str = "helpful", limit: int = 20) -> list[Review]:
    qs = Review.objects.filter(product_id=product_id, status=ReviewStatus.APPROVED).select_related("customer")
    order = {"helpful": "-helpful_count", "recent": "-published_at", "rating": "-rating"}.get(sort, "-helpful_count")
    return list(qs.order_by(order)[:limit])


def summary(product_id: int) -> dict:
    agg = Review.objects.filter(product_id=product_id, status=ReviewStatus.APPROVED).aggregate(
        avg=Avg("rating"), count=Count("id"))
    histogram = {i: 0 for i in range(1, 6)}
    for row in (Review.objects.filter(product_id=product_id, status=ReviewStatus.APPROVED)
                .values("rating").annotate(n=Count("id"))):
        histogram[row["rating"]] = row["n"]
    return {"average": float(agg["avg"] or 0), "count": agg["count"], "histogram": histogram}


def auto_moderate() -> dict[str, int]:
    counts = {"approved": 0, "rejected": 0, "pending": 0}
    for review in moderation.pending_reviews():
        decision = moderation.decide(review)
        if decision != review.status:
            review.status = decision
            review.save(update_fields=["status", "moderation_score"])
            if decision == ReviewStatus.APPROVED:
                _on_approved(review)
        counts[str(decision)] = counts.get(str(decision), 0) + 1
    return counts


def purge_for_customer(customer_id: int) -> int:
    deleted, _ = Review.objects.filter(customer_id=customer_id).delete()
    return deleted


def _get(review_id: int) -> Review:
    try:
        return Review.objects.get(pk=review_id)
    except Review.DoesNotExist:
        raise NotFound(f"review {review_id}")


def _recompute_rating(product_id: int) -> None:
    agg = Review.objects.filter(product_id=product_id, status=ReviewStatus.APPROVED).aggregate(
        avg=Avg("rating"), count=Count("id"))
    catalog_service.update_rating(product_id, Decimal(str(agg["avg"] or 0)), agg["count"])


def _on_approved(review: Review) -> None:
    if review.published_at is None:
        review.published_at = timezone.now()
        review.save(update_fields=["published_at"])
    _recompute_rating(review.product_id)
    send_review_approved.delay(review.customer_id, review.title)
    events.publish("review.approved", {"review_id": review.pk, "product_id": review.product_id})


events.subscribe("customer.closed", lambda payload: purge_for_customer(payload["customer_id"]))
