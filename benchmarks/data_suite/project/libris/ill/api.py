"""ILL HTTP API (mounted in the FastAPI app under /api)."""
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from libris.core.db import get_session
from libris.ill.models import IllRequest, PartnerLibrary
from libris.ill.repository import IllRepository

router = APIRouter(prefix="/ill", tags=["interlibrary-loan"])


class IllRequestIn(BaseModel):
    partner_id: int
    member_card: str
    title: str
    isbn: Optional[str] = None
    subject_ids: List[int] = []


class StatusIn(BaseModel):
    status: str


def _serialize(req):
    return {
        "id": req.id,
        "partner_id": req.partner_id,
        "member_card": req.member_card,
        "title": req.title,
        "status": req.status,
    }


@router.get("/requests")
def list_requests(partner_id: Optional[int] = None, session: Session = Depends(get_session)):
    return [_serialize(r) for r in IllRepository(session).open_requests(partner_id)]


@router.get("/requests/{request_id}")
def get_request(request_id: int, session: Session = Depends(get_session)):
    req = session.get(IllRequest, request_id)
    if req is None:
        raise HTTPException(status_code=404, detail="no such request")
    return _serialize(req)


@router.post("/requests", status_code=201)
def create_request(body: IllRequestIn, session: Session = Depends(get_session)):
    req = IllRepository(session).create(
        body.partner_id, body.member_card, body.title, body.isbn, body.subject_ids
    )
    session.commit()
    return _serialize(req)


@router.patch("/requests/{request_id}/status")
def update_status(request_id: int, body: StatusIn, session: Session = Depends(get_session)):
    if not IllRepository(session).set_status(request_id, body.status):
        raise HTTPException(status_code=404, detail="no such request")
    session.commit()
    return {"id": request_id, "status": body.status}


@router.delete("/shipments/{shipment_id}", status_code=204)
def cancel_shipment(shipment_id: int, session: Session = Depends(get_session)):
    if not IllRepository(session).cancel_shipment(shipment_id):
        raise HTTPException(status_code=404, detail="no such shipment")
    session.commit()


@router.get("/partners")
def list_partners(session: Session = Depends(get_session)):
    partners = session.query(PartnerLibrary).order_by(PartnerLibrary.name).all()
    return [{"id": p.id, "symbol": p.oclc_symbol, "name": p.name} for p in partners]
