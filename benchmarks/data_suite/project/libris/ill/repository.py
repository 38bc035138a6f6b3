"""Data access for ILL, plus the partner-directory import."""
import logging

from sqlalchemy.orm import Session

from libris.ill.models import IllRequest, IllSubject, PartnerLibrary, Shipment, request_subjects

log = logging.getLogger(__name__)

OPEN_STATUSES = ("requested", "shipped", "received")


class IllRepository:
    def __init__(self, session: Session):
        self.session = session

    def open_requests(self, partner_id=None):
        query = self.session.query(IllRequest).filter(IllRequest.status.in_(OPEN_STATUSES))
        if partner_id is not None:
            query = query.filter(IllRequest.partner_id == partner_id)
        return query.order_by(IllRequest.created_at).all()

    def get(self, request_id):
        return self.session.get(IllRequest, request_id)

    def create(self, partner_id, member_card, title, isbn=None, subject_ids=()):
        request = IllRequest(
            partner_id=partner_id, member_card=member_card, title=title, isbn=isbn
        )
        self.session.add(request)
        self.session.flush()
        if subject_ids:
            self.session.execute(
                request_subjects.insert(),
                [{"request_id": request.id, "subject_id": sid} for sid in subject_ids],
            )
        return request

    def set_status(self, request_id, status):
        return (
            self.session.query(IllRequest)
            .filter(IllRequest.id == request_id)
            .update({"status": status}, synchronize_session=False)
        )

    def record_shipment(self, request_id, direction, carrier=None, tracking=None):
        shipment = Shipment(
            request_id=request_id, direction=direction, carrier=carrier, tracking=tracking
        )
        self.session.add(shipment)
        return shipment

    def cancel_shipment(self, shipment_id):
        shipment = self.session.get(Shipment, shipment_id)
        if shipment is None:
            return False
        self.session.delete(shipment)
        return True

    def purge_delivered(self, before):
        return (
            self.session.query(Shipment)
            .filter(Shipment.delivered_at < before)
            .delete(synchronize_session=False)
        )

    def upsert_partner(self, partner_id, symbol, name, email=None):
        partner = PartnerLibrary(id=partner_id, oclc_symbol=symbol, name=name, contact_email=email)
        return self.session.merge(partner)

    def subjects(self):
        return self.session.query(IllSubject).order_by(IllSubject.label).all()


def import_partner_directory(session, rows):
    """Load the regional consortium's CSV of partner libraries (new symbols only)."""
    known = {partner.oclc_symbol for partner in session.query(PartnerLibrary).all()}
    seen = set()
    partners = []
    for row in rows:
        symbol = row["symbol"].strip().upper()
        if symbol in known or symbol in seen:
            continue
        seen.add(symbol)
        partners.append(
            PartnerLibrary(oclc_symbol=symbol, name=row["name"], contact_email=row.get("email"))
        )
    session.add_all(partners)
    session.commit()
    log.info("imported %d new ILL partners", len(partners))
    return len(partners)
