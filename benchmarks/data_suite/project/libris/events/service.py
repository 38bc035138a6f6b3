"""Scheduling and registration logic for library events."""
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from libris.events.models import Event, Registration, Room


class EventFull(Exception):
    pass


class EventService:
    def __init__(self, session: Session):
        self.session = session

    def upcoming(self, now=None):
        stmt = (
            select(Event)
            .where(Event.starts_at >= (now or datetime.utcnow()), Event.cancelled.is_(False))
            .order_by(Event.starts_at)
        )
        return self.session.scalars(stmt).all()

    def get(self, event_id):
        return self.session.get(Event, event_id)

    def add_room(self, branch_code, name, capacity):
        room = Room(branch_code=branch_code, name=name, capacity=capacity)
        self.session.add(room)
        self.session.commit()
        return room

    def schedule(self, room_id, title, starts_at, capacity=None):
        room = self.session.get(Room, room_id)
        if room is None:
            raise LookupError(f"room {room_id}")
        event = Event(
            room_id=room.id, title=title, starts_at=starts_at, capacity=capacity or room.capacity
        )
        self.session.add(event)
        self.session.commit()
        return event

    def register(self, event_id, member_card):
        event = self.get(event_id)
        if event is None or event.cancelled:
            raise LookupError(f"event {event_id}")
        taken = self.session.scalars(
            select(Registration).where(Registration.event_id == event_id)
        ).all()
        if any(r.member_card == member_card for r in taken):
            return False
        if event.capacity is not None and len(taken) >= event.capacity:
            raise EventFull(event.title)
        self.session.execute(
            insert(Registration).values(event_id=event_id, member_card=member_card)
        )
        self.session.commit()
        return True

    def unregister(self, event_id, member_card):
        result = self.session.execute(
            delete(Registration).where(
                Registration.event_id == event_id, Registration.member_card == member_card
            )
        )
        self.session.commit()
        return result.rowcount

    def reschedule(self, event_id, starts_at):
        self.session.execute(update(Event).where(Event.id == event_id).values(starts_at=starts_at))
        self.session.commit()

    def mark_attendance(self, event_id, cards):
        self.session.execute(
            update(Registration)
            .where(Registration.event_id == event_id, Registration.member_card.in_(list(cards)))
            .values(attended=True)
        )
        self.session.commit()

    def cancel(self, event_id):
        event = self.session.get(Event, event_id)
        if event is not None:
            self.session.delete(event)
            self.session.commit()
