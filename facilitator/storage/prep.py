"""What preparing dialogues stores beside the sessions: bookings, the tips library, and the
catalog of dialogues (the stored ones plus the built-in demo).

Kept in the data folder like every record (see `storage.store` for the layout): atomically, with a
`.bak`, and never over a file that does not parse.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.booking import Booking, session_from_booking
from facilitator.domain.demo import DEMO_DIALOGUE_ID, demo_dialogue
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import Session
from facilitator.domain.tips import TipLibrary, starter_tips
from facilitator.storage.ids import UnknownId, resolve
from facilitator.storage.store import Store


class PrepStore:
    """Bookings, tips and the dialogue catalog in one data folder."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.bookings_dir = store.bookings_dir
        self.tips_path = store.tips_path

    # -------------------------------------------------------------- dialogues
    def dialogue_ids(self) -> list[str]:
        """Stored dialogue ids, and the demo's even when it has not been saved."""
        return sorted(set(self.store.dialogue_ids()) | {DEMO_DIALOGUE_ID})

    def resolve_dialogue(self, prefix: str) -> str:
        return resolve(prefix, self.dialogue_ids())

    def load_dialogue(self, dialogue_id: str) -> Dialogue:
        """A stored dialogue, or the built-in demo if it is asked for and was never saved."""
        try:
            return self.store.load_dialogue(dialogue_id)
        except UnknownId:
            if dialogue_id == DEMO_DIALOGUE_ID:
                return demo_dialogue()
            raise

    def dialogues(self) -> list[Dialogue]:
        """Every readable dialogue, the demo included, by title."""
        stored = self.store.dialogues()
        if not any(d.id == DEMO_DIALOGUE_ID for d in stored):
            stored.append(demo_dialogue())
        return sorted(stored, key=lambda d: (d.title.casefold(), d.id))

    def sessions_held(self) -> dict[str, int]:
        """How many sessions each dialogue has had (damaged session files not counted)."""
        counts: dict[str, int] = {}
        for summary in self.store.summaries():
            if summary.damaged is None:
                counts[summary.dialogue_id] = counts.get(summary.dialogue_id, 0) + 1
        return counts

    # --------------------------------------------------------------- bookings
    def booking_path(self, booking_id: str) -> Path:
        return self.store.records.bookings.path(booking_id)

    def booking_ids(self) -> list[str]:
        return self.store.records.bookings.ids()

    def resolve_booking(self, prefix: str) -> str:
        return self.store.records.bookings.resolve(prefix)

    def load_booking(self, booking_id: str) -> Booking:
        return self.store.records.bookings.load(booking_id)

    def save_booking(self, booking: Booking) -> Path:
        return self.store.records.bookings.save(self.booking_path(booking.id), booking)

    def start_booking(self, booking: Booking) -> Session:
        """Create and save the session for a booked meeting, and mark the booking started.

        The session is saved first, so a booking never points at a session that was not saved.
        `ValueError` if the booking was started already.
        """
        if booking.started:
            raise ValueError(f"booking {booking.id} was started as session {booking.session_id}")
        session = session_from_booking(self.load_dialogue(booking.dialogue_id), booking)
        try:
            self.store.save_session(session)
            self.save_booking(booking)
        except BaseException:
            booking.session_id = None
            raise
        return session

    def delete_booking(self, booking_id: str) -> None:
        self.booking_path(booking_id).unlink(missing_ok=True)

    def bookings(self) -> list[Booking]:
        """Every readable booking, soonest first (unscheduled ones last)."""
        return sorted(self.store.records.bookings.readable(), key=_when)

    # ------------------------------------------------------------------- tips
    def load_tips(self) -> TipLibrary:
        """The team's tips; the built-in starter set until a library has been saved.

        `DamagedFile` if the saved library cannot be read (it is then kept as it is).
        """
        try:
            return self.store.records.tips.read_good(self.tips_path)
        except FileNotFoundError:
            return starter_tips()

    def save_tips(self, library: TipLibrary) -> Path:
        return self.store.records.tips.save(self.tips_path, library)


def _when(booking: Booking) -> tuple[bool, float, str]:
    at = booking.scheduled_at
    return (at is None, at.timestamp() if at else 0.0, booking.id)
