"""Correcting the log after the meeting: adding an entry, deleting one, changing its kind, and
keeping a free tip in the team's tips library."""

from __future__ import annotations

from facilitator.domain.clock import Clock
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.session import Session
from facilitator.domain.tips import Tip, TipLibrary


def add_entry(session: Session, kind: EntryKind, text: str, clock: Clock) -> LogEntry:
    """An entry added after the meeting, under no question, stamped with the meeting's end (or
    now, for a meeting not ended) and its full length."""
    entry = LogEntry(
        kind=kind,
        text=text,
        at=session.ended_at or clock.now(),
        offset=session.meeting_elapsed(clock),
    )
    session.entries.append(entry)
    return entry


def remove_entry(session: Session, entry_id: str) -> LogEntry | None:
    entry = session.entry(entry_id)
    if entry is not None:
        session.entries.remove(entry)
    return entry


def change_kind(entry: LogEntry, kind: EntryKind) -> None:
    """Make `entry` one of `kind`; details that only another kind has are dropped with it."""
    entry.kind = kind
    if kind is not EntryKind.MISMATCH:
        entry.future_needs = ""
    if kind is not EntryKind.ACTION:
        entry.owner = ""
        entry.due = None
    if kind is not EntryKind.TIP:
        entry.tip_id = None


def is_free_tip(entry: LogEntry) -> bool:
    """A tip typed in the meeting rather than taken from the library."""
    return entry.kind is EntryKind.TIP and entry.tip_id is None


def keep_tip(library: TipLibrary, entry: LogEntry, lang: str) -> Tip:
    """Add a free tip to the library in `lang`. The entry is left as it is: `given_from` makes it
    count as given from the library once the library is saved."""
    if not is_free_tip(entry):
        raise ValueError("only a free tip can be added to the library")
    return library.add(entry.text, lang)


def given_from(entry: LogEntry, tip: Tip) -> None:
    """The tip logged as `entry` is the library's `tip` (so it counts in the tips given most)."""
    entry.tip_id = tip.id
