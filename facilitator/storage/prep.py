"""What preparing dialogues stores beside the sessions: bookings, the tips library, and the
catalog of dialogues (the stored ones plus the built-in demo).

Layout, in the same data folder as `Store`::

    <data>/bookings/<booking id>.json   a booked meeting (tables _meta, booking)
    <data>/tips.json                    the team's tips library (tables _meta, tips)

Files are written like sessions: atomically, with a `.bak`, and never over a file that does not
parse.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from facilitator.domain.booking import Booking, session_from_booking
from facilitator.domain.demo import DEMO_DIALOGUE_ID, demo_dialogue
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import Session
from facilitator.domain.tips import TipLibrary, starter_tips
from facilitator.storage import codec
from facilitator.storage.atomic import (
    DamagedFile,
    SaveFailed,
    dump_json,
    make_private_dir,
    write_atomic,
)
from facilitator.storage.store import (
    RefusedOverwrite,
    Store,
    UnknownId,
    _resolve,
    id_path,
    ids_in,
    meta_table,
)

T = TypeVar("T")


class PrepStore:
    """Bookings, tips and the dialogue catalog in one data folder."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.bookings_dir = store.root / "bookings"
        self.tips_path = store.root / "tips.json"

    # ---------------------------------------------------------------- records
    def _read(self, path: Path, kind: str, cls: type[T]) -> T:
        """The one record in a `kind` file; `FileNotFoundError` or `DamagedFile`."""
        tables: dict[str, Any] = self.store._read_tables(path, kind)
        try:
            return codec.decode(cls, tables[kind]["1"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DamagedFile(path, f"unexpected content ({error!r})") from error

    def _write(self, path: Path, kind: str, value: Any) -> Path:
        """Write `value` as the one record of a `kind` file, never over a damaged file."""
        try:
            make_private_dir(path.parent)
        except OSError as error:
            raise SaveFailed(path, error) from error
        if path.exists():
            try:
                self.store._read_tables(path, kind)
            except FileNotFoundError:
                pass
            except DamagedFile as error:
                raise RefusedOverwrite(path, error.reason) from error
        tables = {"_meta": meta_table(kind), kind: {"1": codec.encode(value)}}
        write_atomic(path, dump_json(tables))
        return path

    # -------------------------------------------------------------- dialogues
    def dialogue_ids(self) -> list[str]:
        """Stored dialogue ids, and the demo's even when it has not been saved."""
        return sorted(set(self.store.dialogue_ids()) | {DEMO_DIALOGUE_ID})

    def resolve_dialogue(self, prefix: str) -> str:
        return _resolve(prefix, self.dialogue_ids())

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
        return id_path(self.bookings_dir, booking_id)

    def booking_ids(self) -> list[str]:
        return ids_in(self.bookings_dir)

    def resolve_booking(self, prefix: str) -> str:
        return _resolve(prefix, self.booking_ids())

    def load_booking(self, booking_id: str) -> Booking:
        try:
            return self._read(self.booking_path(booking_id), "booking", Booking)
        except FileNotFoundError as error:
            raise UnknownId(booking_id) from error

    def save_booking(self, booking: Booking) -> Path:
        return self._write(self.booking_path(booking.id), "booking", booking)

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
        result = []
        for booking_id in self.booking_ids():
            try:
                result.append(self.load_booking(booking_id))
            except DamagedFile:
                continue
        return sorted(result, key=_when)

    # ------------------------------------------------------------------- tips
    def load_tips(self) -> TipLibrary:
        """The team's tips; the built-in starter set until a library has been saved.

        `DamagedFile` if the saved library cannot be read (it is then kept as it is).
        """
        try:
            return self._read(self.tips_path, "tips", TipLibrary)
        except FileNotFoundError:
            return starter_tips()

    def save_tips(self, library: TipLibrary) -> Path:
        return self._write(self.tips_path, "tips", library)


def _when(booking: Booking) -> tuple[bool, float, str]:
    at = booking.scheduled_at
    return (at is None, at.timestamp() if at else 0.0, booking.id)
