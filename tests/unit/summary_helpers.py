"""A demo dialogue with three meetings and a booking, for the summary tests.

- Alfa Bygg AB (24 Nov): every question; was told the timetable (information given); one
  confidential insight and one confidential notes line (OSL 19:3).
- Beta Service AB (25 Nov): question 3 skipped; one opening statement not said.
- Gamma El AB (26 Nov): a mismatch with the future needs it revealed, and a tip.
- Delta Måleri AB: booked for 1 December, never met; and a second booking of Beta spelled
  "beta  service ab " (the same supplier).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from facilitator.domain.booking import Booking
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session, new_session
from facilitator.domain.summary import DialogueRecords
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from tests.conftest import FakeClock

INFO = "Annonsering planeras i mars 2027, avtalsstart 1 september"
SECRETS = ("HEMLIGINSIKT", "HEMLIGSKÄL", "HEMLIGRAD")
SUPPLIERS = ("Alfa Bygg AB", "Beta Service AB", "Gamma El AB", "Delta Måleri AB")
PEOPLE = ("Anna Alfasson", "Bo Betasson", "Gun Gammasson", "Dan Deltasson")
#: When the summary is made in the tests (Stockholm: 27 November 2026 10:00).
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)


def _meeting(supplier: str, person: str, day: int) -> tuple[Session, FakeClock]:
    clock = FakeClock(datetime(2026, 11, day, 9, 0, tzinfo=timezone.utc))
    session = new_session(
        demo_dialogue(), supplier, participants=[Participant(person, supplier, Role.SUPPLIER)]
    )
    session.start(clock)
    return session, clock


def _through(session: Session, clock: FakeClock, notes: dict[int, str], skip: int = 0) -> None:
    """Go through every question, with `notes` by question number; skip question `skip`."""
    for number, question in enumerate(session.questions, start=1):
        session.go_to(question.id, clock)
        if number == skip:
            clock.advance(30)
            session.skip_current(clock)
            continue
        clock.advance(5 * 60)
        if number in notes:
            session.set_note(question.id, notes[number], clock)


def three_meetings() -> DialogueRecords:
    alfa, clock = _meeting(SUPPLIERS[0], PEOPLE[0], 24)
    alfa.opening_given = [0, 1, 2, 3]
    alfa.go_to(alfa.questions[0].id, clock)
    alfa.log(EntryKind.INFO, INFO, clock)
    _through(
        alfa,
        clock,
        {
            1: "Alfa Bygg AB föredrar planerat underhåll\n"
            "🔒[OSL 19:3: HEMLIGSKÄL] Budget HEMLIGRAD",
            3: "Fyra konkurrenter i regionen",
        },
    )
    alfa.go_to(alfa.questions[2].id, clock)
    alfa.log(EntryKind.INSIGHT, "Brist på elektriker i regionen", clock)
    alfa.log(EntryKind.INSIGHT, "HEMLIGINSIKT om marginaler", clock, confidential=True)
    alfa.log(
        EntryKind.ACTION, "Skicka volymuppgifter", clock, owner="Josefine", due=date(2026, 12, 4)
    )
    alfa.end(clock)

    beta, clock = _meeting(SUPPLIERS[1], PEOPLE[1], 25)
    beta.opening_given = [0, 1, 3]
    _through(beta, clock, {1: "Jour är svårt för Beta Service AB", 2: "Inom fyra timmar"}, skip=3)
    beta.end(clock)

    gamma, clock = _meeting(SUPPLIERS[2], PEOPLE[2], 26)
    gamma.opening_given = [0, 1, 2, 3]
    _through(gamma, clock, {1: "Bara el", 6: "Vill fakturera per uppdrag"})
    gamma.go_to(gamma.questions[0].id, clock)
    gamma.log(
        EntryKind.MISMATCH, "Gör bara elarbeten", clock, future_needs="Laddstolpar 2028"
    )
    gamma.log(EntryKind.TIP, "Bevaka upphandlingar i e-Avrop", clock)
    gamma.end(clock)

    bookings = [
        Booking(
            demo_dialogue().id,
            SUPPLIERS[3],
            contacts=[Participant(PEOPLE[3])],
            scheduled_at=datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc),
        ),
        Booking(demo_dialogue().id, "beta  service ab ", contacts=[Participant(PEOPLE[1])]),
    ]
    return DialogueRecords(demo_dialogue(), [gamma, alfa, beta], bookings)


def save_records(store: Store, records: DialogueRecords) -> None:
    """Put the meetings and bookings in the data folder, as the app would have."""
    prep = PrepStore(store)
    for session in records.sessions:
        store.save_session(session)
    for booking in records.bookings:
        prep.save_booking(booking)
