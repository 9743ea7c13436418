"""The kinds of record in a data folder and the tables each is kept in.

    session    tables session (one record) and entries (one record per log entry, "1", "2", ...)
    dialogue   table dialogue (one record)
    booking    table booking (one record)
    tips       table tips (one record: the whole library)
    settings   no tables: a plain JSON object of choices (theme, language, ...), no `_meta`
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.entries import LogEntry, entry_edits
from facilitator.domain.session import Session
from facilitator.domain.tips import TipLibrary
from facilitator.storage import codec
from facilitator.storage.atomic import json_record
from facilitator.storage.paths import SESSIONS_FOLDER
from facilitator.storage.records import Collection, RecordKind, Tables, single_record


@dataclass(frozen=True)
class SessionCopy:
    """A session as it stood at one moment, taken by `copy_session` on the thread that edits it;
    `tables()` encodes it, on a worker thread if need be.

    The entries (10,000 in a long meeting) are copied as their field values, which are all
    immutable (text, times, enums, numbers), so an entry edited later does not change the copy;
    everything else is small and encoded at once.
    """

    session_id: str
    state: dict[str, Any]
    entries: list[dict[str, Any]]

    def tables(self, texts: EntryTexts | None = None) -> Tables:
        """The session's tables, ready to be written; the entries as JSON text kept by `texts`,
        if given."""
        if texts is not None:
            entries: dict[str, Any] = texts.table(self.entries)
        else:
            encode_entry = codec.fields_encoder(LogEntry)
            entries = {str(i): encode_entry(e) for i, e in enumerate(self.entries, start=1)}
        return {"session": {"1": self.state}, "entries": entries}


class EntryTexts:
    """The JSON text of each entry of one session as last saved, so that a save encodes only the
    entries that changed since: one or two of a long meeting's 10,000, where encoding them all
    kept the saving thread busy for 150 ms and held up typing on the UI thread.

    An entry is known by its id, and its text is used again only while the entry's copied fields
    equal those it was made from (entries are edited in place). One saver uses it, under its lock.
    """

    def __init__(self) -> None:
        self._known: dict[str, tuple[dict[str, Any], bytes]] = {}

    def table(self, entries: list[dict[str, Any]]) -> dict[str, bytes]:
        """The entries table of entries copied by `copy_session`."""
        encode_entry = codec.fields_encoder(LogEntry)
        known, kept, table = self._known, {}, {}
        for number, values in enumerate(entries, start=1):
            key = values["id"]
            text = known.get(key)
            if text is None or (text[0] is not values and text[0] != values):
                text = (values, json_record(encode_entry(values)))
            kept[key] = text
            table[str(number)] = text[1]
        self._known = kept
        return table


def _copy_entries(entries: list[LogEntry]) -> list[dict[str, Any]]:
    """The entries' field values, copied by C loops (a few milliseconds for 10,000)."""
    return list(map(dict.copy, map(vars, entries)))


class EntryCopies:
    """The copies of one session's entries that its last save took, so that the next copies only
    the entries added since: a long meeting's 10,000 entries took 3–6 ms to copy at every save,
    on the UI thread. The copies are used again only while no entry anywhere was edited
    (`entry_edits`) and the entries copied are still the first in the list, the same objects;
    else all are copied again. One saver uses it, on the thread that edits the session."""

    def __init__(self) -> None:
        self._entries: list[LogEntry] = []
        self._copies: list[dict[str, Any]] = []
        self._edits = -1

    def copy(self, entries: list[LogEntry]) -> list[dict[str, Any]]:
        edits = entry_edits()  # read before copying: an edit after it is seen next time
        known = len(self._entries)
        if (
            edits == self._edits
            and len(entries) >= known
            and all(map(operator.is_, entries[:known], self._entries))
        ):
            copies = self._copies + _copy_entries(entries[known:])
        else:
            copies = _copy_entries(entries)
        self._entries, self._copies, self._edits = list(entries), copies, edits
        return copies


def copy_session(session: Session, entries: EntryCopies | None = None) -> SessionCopy:
    """A copy of the session to save, cheap enough for the UI thread at any size: the entries'
    fields are copied, not encoded here; only those added since the last copy by `entries`, if
    given."""
    copied = _copy_entries(session.entries) if entries is None else entries.copy(session.entries)
    state = codec.fields_encoder(Session)({**vars(session), "entries": []})
    del state["entries"]
    return SessionCopy(session.id, state, copied)


def encode_session(session: Session) -> Tables:
    """The session's tables, ready to be written."""
    return copy_session(session).tables()


def decode_session(tables: Tables) -> Session:
    """The session in tables read from a file or made by `encode_session`."""
    state = dict(tables["session"]["1"])
    entries = tables.get("entries", {})
    state["entries"] = [entries[k] for k in sorted(entries, key=int)]
    return codec.decode(Session, state)


def _settings(tables: Tables) -> dict[str, Any]:
    return dict(tables)


SESSION: RecordKind[Session] = RecordKind("session", encode_session, decode_session)
DIALOGUE = single_record("dialogue", Dialogue)
BOOKING = single_record("booking", Booking)
TIPS = single_record("tips", TipLibrary)
SETTINGS: RecordKind[dict[str, Any]] = RecordKind("settings", _settings, _settings, versioned=False)


def session_files(root: Path, prepare: Callable[[Path], None] | None = None) -> Collection[Session]:
    """The session files of the data folder `root`, one per session; `prepare` runs before a
    file is written (see `RecordFiles`). Reading one needs no more (`Store` holds them too)."""
    return Collection(SESSION, root / SESSIONS_FOLDER, prepare)

