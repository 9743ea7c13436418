"""A quick-log entry still being typed: kept with the session like the notes, so that a crash or
a kill loses no more of it than of the notes, and the input comes back as it was."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.entries import EntryKind


@dataclass
class EntryDraft:
    kind: EntryKind
    text: str = ""
    future_needs: str = ""
    owner: str = ""
    #: As typed (it may not be a date yet).
    due: str = ""
    confidential: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.text or self.future_needs or self.owner or self.due)
