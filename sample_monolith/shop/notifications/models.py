"""Notification log and preferences (classic declarative style)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text, UniqueConstraint

from shop.core.db import Base


def _now() -> datetime:
    return datetime.now(timezone.utc)


class NotificationLog(Base):
    __tablename__ = "notification_log"

    id = Column(Integer, primary_key=True)
    channel = Column(String(10), nullable=False)
    recipient = Column(String(254), nullable=False)
    template = Column(String(60), nullable=False)
    subject = Column(String(200), nullable=True)
    status = Column(String(12), nullable=False, default="sent")
    error = Column(Text, nullable=True)
    sent_at = Column(DateTime(timezone=True), default=_now, nullable=False)


class NotificationPreference(Base):
    __tablename__ = "notification_preferences"
    __table_args__ = (UniqueConstraint("customer_id", "template"),)

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, nullable=False, index=True)
    template = Column(String(60), nullable=False)
    email_enabled = Column(Boolean, default=True, nullable=False)
    sms_enabled = Column(Boolean, default=False, nullable=False)
