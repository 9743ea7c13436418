"""A booked meeting with one supplier that signed up, and the session it becomes."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime

from facilitator.domain.dialogue import Dialogue, new_id
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat, Session, new_session
from facilitator.domain.time import DEFAULT_TIMEZONE, local_day


@dataclass
class Booking:
    """One supplier's meeting about one dialogue, booked before it takes place."""

    dialogue_id: str
    #: The supplier's organisation.
    supplier: str
    #: The supplier's people who attend (personal data).
    contacts: list[Participant] = field(default_factory=list)
    #: When the meeting is booked (timezone-aware), if a time is set.
    scheduled_at: datetime | None = None
    format: MeetingFormat = MeetingFormat.TEAMS
    join_link: str = ""
    #: The session this booking became once the meeting was started.
    session_id: str | None = None
    #: The organisation's own people who attend besides the dialogue's standard participants
    #: (from an invite: the organiser and colleagues).
    own_people: list[Participant] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def started(self) -> bool:
        return self.session_id is not None


def supplier_people(supplier: str, contacts: list[Participant]) -> list[Participant]:
    """Copies of the supplier's contacts, marked as the supplier's people."""
    people = []
    for contact in contacts:
        person = copy.copy(contact)
        person.role = Role.SUPPLIER
        person.organisation = person.organisation or supplier
        people.append(person)
    return people


def session_from_booking(dialogue: Dialogue, booking: Booking) -> Session:
    """The session for a booked meeting: the dialogue's standard participants, the booking's own
    people and contacts, its time and format. The booking is marked as started with it."""
    standard = {p.name.casefold() for p in dialogue.participants}
    own = [copy.copy(p) for p in booking.own_people if p.name.casefold() not in standard]
    session = new_session(
        dialogue,
        booking.supplier.strip(),
        meeting_format=booking.format,
        participants=own + supplier_people(booking.supplier.strip(), booking.contacts),
        scheduled_at=booking.scheduled_at,
    )
    booking.session_id = session.id
    session.join_link = booking.join_link
    return session


def upcoming(bookings: list[Booking], now: datetime, zone: str = DEFAULT_TIMEZONE) -> list[Booking]:
    """Bookings not yet started, from today on, soonest first (unscheduled ones last)."""
    today = local_day(now, zone)
    waiting = [
        b
        for b in bookings
        if not b.started and (b.scheduled_at is None or local_day(b.scheduled_at, zone) >= today)
    ]
    return sorted(waiting, key=lambda b: (b.scheduled_at is None, b.scheduled_at or now))


def split_today(
    bookings: list[Booking], now: datetime, zone: str = DEFAULT_TIMEZONE
) -> tuple[list[Booking], list[Booking]]:
    """`upcoming` bookings cut into today's meetings and later ones (unscheduled ones later)."""
    today = local_day(now, zone)
    waiting = upcoming(bookings, now, zone)
    on_today = [b for b in waiting if b.scheduled_at and local_day(b.scheduled_at, zone) == today]
    return on_today, [b for b in waiting if b not in on_today]
