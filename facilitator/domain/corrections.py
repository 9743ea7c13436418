"""A correction after the meeting that reaches beyond the session: keeping a free tip in the
team's tips library. Corrections of the session itself are its own methods (`Session.correct_entry`
and the others under "corrections after the meeting")."""

from __future__ import annotations

from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.tips import Tip, TipLibrary


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
