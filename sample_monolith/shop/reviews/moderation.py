"""Automatic review moderation rules."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from shop.utils.text import normalize_whitespace
from .models import Review, ReviewStatus

BLOCKLIST = frozenset({"scam", "idiot", "fraud", "garbage"})
URL_RE = re.compile(r"https?://\S+")
SHOUTING_RATIO = 0.6

Rule = Callable[[Review], float]
RULES: list[tuple[str, Rule, float]] = []


def rule(name: str, weight: float = 1.0):
    """Register a moderation rule; each returns a risk in [0, 1]."""

    def decorator(func: Rule) -> Rule:
        RULES.append((name, func, weight))
        return func

    return decorator


@rule("blocklist", weight=2.0)
def _blocklisted_words(review: Review) -> float:
    words = set(re.findall(r"[a-z]+", review.body.lower()))
    return 1.0 if words & BLOCKLIST else 0.0


@rule("links", weight=1.5)
def _contains_links(review: Review) -> float:
    return min(1.0, len(URL_RE.findall(review.body)) / 2)


@rule("shouting")
def _shouting(review: Review) -> float:
    letters = [c for c in review.body if c.isalpha()]
    if len(letters) < 20:
        return 0.0
    return 1.0 if sum(c.isupper() for c in letters) / len(letters) > SHOUTING_RATIO else 0.0


@rule("too_short", weight=0.5)
def _too_short(review: Review) -> float:
    return 1.0 if len(normalize_whitespace(review.body)) < 15 else 0.0


def score(review: Review) -> Decimal:
    total_weight = sum(w for _, _, w in RULES)
    risk = sum(func(review) * w for _, func, w in RULES) / total_weight
    return Decimal(str(round(risk, 3)))


def decide(review: Review, threshold: Decimal = Decimal("0.25")) -> str:
    review.moderation_score = score(review)
    if review.moderation_score >= Decimal("0.6"):
        return ReviewStatus.REJECTED
    if review.moderation_score < threshold and review.verified_purchase:
        return ReviewStatus.APPROVED
    return ReviewStatus.PENDING


def pending_reviews(batch_size: int = 100) -> Iterator[Review]:
    """Generator over pending reviews, fetched in batches by primary key."""
    last_id = 0
    while True:
        batch = list(Review.objects.filter(status=ReviewStatus.PENDING, id__gt=last_id).order_by("id")[:batch_size])
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id
