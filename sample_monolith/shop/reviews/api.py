"""Reviews HTTP API (FastAPI)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Header, HTTPException, status

from shop.core.auth import verify_token
from shop.core.errors import ShopError
from . import service
from .schemas import FlagIn, ReviewIn, ReviewOut, SummaryOut, VoteIn

router = APIRouter(prefix="/reviews", tags=["reviews"])


def current_customer(authorization: str = Header(...)) -> dict:
    user = verify_token(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return user


def staff(user: dict = Depends(current_customer)) -> dict:
    if user["role"] == "customer":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    return user


@router.get("/products/{product_id}", response_model=list[ReviewOut])
def list_reviews(product_id: int, sort: str = "helpful", limit: int = 20):
    return [ReviewOut.from_model(r) for r in service.for_product(product_id, sort, limit)]


@router.get("/products/{product_id}/summary", response_model=SummaryOut)
def summary(product_id: int):
    return service.summary(product_id)


@router.post("/products/{product_id}", response_model=ReviewOut, status_code=201)
def create_review(product_id: int, body: ReviewIn, user: dict = Depends(current_customer)):
    try:
        review = service.submit_review(product_id, user["id"], body.rating, body.title, body.body)
    except ShopError as exc:
        raise HTTPException(status_code=exc.status_code, detail=exc.to_dict())
    return ReviewOut.from_model(review)


@router.post("/{review_id}/votes")
def vote(review_id: int, body: VoteIn, user: dict = Depends(current_customer)):
    return {"helpful_count": service.vote(review_id, user["id"], body.helpful)}


@router.post("/{review_id}/flags", status_code=202)
def flag(review_id: int, body: FlagIn, user: dict = Depends(current_customer)):
    service.flag(review_id, body.reason, body.note)
    return {"status": "received"}


@router.post("/{review_id}/approve")
def approve(review_id: int, user: dict = Depends(staff)):
    return ReviewOut.from_model(service.approve(review_id))


@router.delete("/{review_id}", status_code=204)
def reject(review_id: int, note: str = "", user: dict = Depends(staff)):
    service.reject(review_id, note)
