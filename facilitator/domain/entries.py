"""What the facilitator logs during a meeting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from facilitator.domain.dialogue import new_id


class EntryKind(str, Enum):
    NOTE = "note"
    #: The supplier will not be able to bid; the talk still revealed other needs.
    MISMATCH = "mismatch"
    #: Basic procurement advice given to an inexperienced bidder.
    TIP = "tip"
    INSIGHT = "insight"
    ACTION = "action"
    #: Information given to the supplier about the coming procurement; it must reach them all.
    INFO = "info"


#: How many times an entry's field was set after the entry was built (see `entry_edits`).
_edits = 0


def entry_edits() -> int:
    """A count that moves whenever any entry's field is set after the entry was built: while it
    stands still, every entry holds the values it held (a save copies only the entries it has not
    seen, `storage.kinds.EntryCopies`)."""
    return _edits


@dataclass
class LogEntry:
    kind: EntryKind
    text: str
    #: Wall-clock time it was logged (timezone-aware).
    at: datetime
    #: Seconds of meeting time elapsed when it was logged.
    offset: float
    #: The question that was current when it was logged.
    question_id: str | None = None
    confidential: bool = False
    #: The supplier's stated reason for confidentiality (what harm disclosure would do).
    confidential_reason: str = ""
    #: Mismatch: the other needs or future opportunities the talk revealed.
    future_needs: str = ""
    #: Action: who does it, and by when.
    owner: str = ""
    due: date | None = None
    #: Tip: the id of the library tip it came from, if any.
    tip_id: str | None = None
    #: Action: ticked done (in the open actions register).
    done: bool = False
    #: Mismatch: what the procurer decided about its future needs (`registers.NEED_STATUSES`).
    need_status: str = "new"
    #: Mismatch: the procurement its future needs are planned in.
    planned_in: str = ""
    id: str = field(default_factory=new_id)

    def __setattr__(self, name: str, value: Any) -> None:
        edit = name in self.__dict__
        object.__setattr__(self, name, value)
        if edit:  # counted after the change, so that a copy taken before sees the count move
            global _edits
            _edits += 1

    def change_kind(self, kind: EntryKind) -> None:
        """Make it one of `kind`; details that only another kind has are dropped with it."""
        self.kind = kind
        if kind is not EntryKind.MISMATCH:
            self.future_needs = ""
        if kind is not EntryKind.ACTION:
            self.owner = ""
            self.due = None
        if kind is not EntryKind.TIP:
            self.tip_id = None


@dataclass
class EntryEdit:
    """What an entry is to say after a correction: its kind, text, details and mark."""

    kind: EntryKind
    text: str
    future_needs: str = ""
    owner: str = ""
    due: date | None = None
    confidential: bool = False
    #: The supplier's stated reason for confidentiality.
    reason: str = ""
