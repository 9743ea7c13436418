"""Meetings stored for the tests of what looks across meetings."""

from __future__ import annotations

from datetime import date

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session, new_session
from facilitator.storage.store import Store
from tests.conftest import FakeClock


def stored_meeting(
    store: Store, clock: FakeClock, supplier: str, *, overrun: bool = False
) -> Session:
    """A finished meeting: a note, a mismatch with future needs, two actions, two questions
    rated, a lesson; five days later than the one before."""
    session = new_session(demo_dialogue(), supplier)
    session.start(clock)
    first, second = session.questions[0].id, session.questions[1].id
    clock.advance(120)
    session.set_note(first, "Vi behöver fler elektriker i Umeå.\nÖvrigt: inget.", clock)
    session.log(
        EntryKind.MISMATCH, "Kan inte lämna anbud", clock, future_needs="Solceller på förskolor"
    )
    session.log(EntryKind.ACTION, "Skicka underlaget", clock, owner="Josefine",
                due=date(2026, 1, 10))
    session.log(EntryKind.ACTION, "Boka uppföljning", clock, owner="Örjan")
    session.next_question(clock)
    clock.advance(60 * (30 if overrun else 2))
    session.question_ratings[first] = "yes"
    session.question_ratings[second] = "no" if overrun else "partly"
    session.format_lesson = f"Kamera på hos {supplier}."
    session.end(clock)
    store.save_session(session)
    clock.advance(86400 * 5)
    return session


