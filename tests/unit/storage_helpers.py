"""Sessions for the storage tests: a realistic one with notes and entries of every kind."""

from __future__ import annotations

from datetime import date

from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session
from tests.conftest import FakeClock


def sample_session(supplier: str = DEMO_SUPPLIER) -> Session:
    clock = FakeClock()
    session = Session(dialogue=demo_dialogue(), supplier=supplier)
    session.participants.append(Participant("Anna Andersson", supplier, Role.SUPPLIER))
    session.start(clock)
    clock.advance(90)
    first = session.questions[0].id
    session.set_note(first, "Anna Andersson berättade om behoven, åäö.", clock)
    for kind in EntryKind:
        session.log(kind, f"{kind.value}: Annas förslag", clock, owner="Anna Andersson")
    session.log(EntryKind.ACTION, "Skicka underlag", clock, due=date(2026, 4, 1))
    return session
