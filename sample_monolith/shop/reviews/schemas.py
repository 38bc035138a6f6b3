"""Pydantic schemas for the reviews API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ReviewIn(BaseModel):
    rating: int = Field(..., ge=1, le=5)
    title: str = Field(..., min_length=3, max_length=120)
    body: str = Field(..., min_length=10, max_length=5000)


class ReviewOut(BaseModel):
    id: int
    rating: int
    title: str
    body: str
    author: str
    verified_purchase: bool
    helpful_count: int
    published_at: datetime | None

    class Config:
        orm_mode = True

    @classmethod
    def from_model(cls, review) -> "ReviewOut":
        return cls(id=review.pk, rating=review.rating, title=review.title, body=review.body,
                   author=review.customer.first_name, verified_purchase=review.verified_purchase,
                   helpful_count=review.helpful_count, published_at=review.published_at)


class SummaryOut(BaseModel):
    average: float
    count: int
    histogram: dict[int, int]


class VoteIn(BaseModel):
    helpful: bool


class FlagIn(BaseModel):
    reason: str
    note: str = ""
