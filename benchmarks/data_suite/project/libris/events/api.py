"""Events HTTP API (mounted in the FastAPI app under /api/v2)."""
from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from libris.core.db import get_session
from libris.events.service import EventFull, EventService

router = APIRouter(prefix="/events", tags=["events"])


class RegistrationIn(BaseModel):
    member_card: str


class RescheduleIn(BaseModel):
    starts_at: datetime


def get_service(session: Session = Depends(get_session)) -> EventService:
    return EventService(session)


def _serialize(event):
    return {"id": event.id, "title": event.title, "starts_at": event.starts_at.isoformat()}


@router.get("/upcoming")
def upcoming(svc: EventService = Depends(get_service)):
    return [_serialize(e) for e in svc.upcoming()]


@router.get("/{event_id}")
def get_event(event_id: int, svc: EventService = Depends(get_service)):
    event = svc.get(event_id)
    if event is None:
        raise HTTPException(status_code=404)
    return _serialize(event)


@router.put("/{event_id}")
def reschedule(event_id: int, body: RescheduleIn, svc: EventService = Depends(get_service)):
    svc.reschedule(event_id, body.starts_at)
    return {"id": event_id, "starts_at": body.starts_at.isoformat()}


@router.post("/{event_id}/registrations", status_code=201)
def register(event_id: int, body: RegistrationIn, svc: EventService = Depends(get_service)):
    try:
        created = svc.register(event_id, body.member_card)
    except LookupError:
        raise HTTPException(status_code=404)
    except EventFull:
        raise HTTPException(status_code=409, detail="event is full")
    return {"registered": created}


@router.delete("/{event_id}/registrations/{member_card}", status_code=204)
def unregister(event_id: int, member_card: str, svc: EventService = Depends(get_service)):
    if not svc.unregister(event_id, member_card):
        raise HTTPException(status_code=404)
