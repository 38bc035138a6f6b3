"""ILL tables, classic declarative style (this code predates SQLAlchemy 1.4)."""
from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

request_subjects = Table(
    "ill_request_subjects",
    Base.metadata,
    Column("request_id", Integer, ForeignKey("ill_requests.id"), primary_key=True),
    Column("subject_id", Integer, ForeignKey("ill_subjects.id"), primary_key=True),
)


class PartnerLibrary(Base):
    __tablename__ = "ill_partners"

    id = Column(Integer, primary_key=True)
    oclc_symbol = Column(String(8), unique=True, nullable=False)
    name = Column(String(200), nullable=False)
    contact_email = Column(String(200))

    requests = relationship("IllRequest", back_populates="partner")


class IllSubject(Base):
    __tablename__ = "ill_subjects"

    id = Column(Integer, primary_key=True)
    label = Column(String(80), unique=True, nullable=False)


class IllRequest(Base):
    __tablename__ = "ill_requests"

    id = Column(Integer, primary_key=True)
    partner_id = Column(Integer, ForeignKey("ill_partners.id"), nullable=False)
    # Card number of the Django-side member; no FK across the two halves of the schema.
    member_card = Column(String(14), nullable=False, index=True)
    title = Column(String(300), nullable=False)
    isbn = Column(String(13))
    status = Column(String(12), default="requested", nullable=False)
    notes = Column(Text)
    created_at = Column(DateTime, default=datetime.utcnow, nullable=False)

    partner = relationship("PartnerLibrary", back_populates="requests")
    subjects = relationship("IllSubject", secondary=request_subjects)
    shipments = relationship("Shipment", back_populates="request", cascade="all, delete-orphan")


class Shipment(Base):
    __tablename__ = "ill_shipments"

    id = Column(Integer, primary_key=True)
    request_id = Column(Integer, ForeignKey("ill_requests.id"), nullable=False)
    direction = Column(String(8), nullable=False)  # "inbound" / "return"
    carrier = Column(String(40))
    tracking = Column(String(60))
    shipped_at = Column(DateTime, default=datetime.utcnow)
    delivered_at = Column(DateTime)

    request = relationship(IllRequest, back_populates="shipments")
