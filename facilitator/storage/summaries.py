"""What the sessions list shows of each session, read from the index rather than the files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from sqlite3 import Row
from typing import NamedTuple

from facilitator.domain.time import DEFAULT_TIMEZONE, in_zone, minute_text
from facilitator.storage.index import SessionIndex


class SessionSummary(NamedTuple):
    """What the sessions list shows, read without building the whole session."""

    id: str
    #: The folder of session files it is in (its file: `path`).
    folder: Path
    dialogue_id: str = ""
    title: str = ""
    supplier: str = ""
    status: str = ""
    started: str | None = None
    ended: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    #: What is wrong when the file could not be read (see `storage.damage`); the file is then
    #: left untouched.
    damaged: str | None = None

    @property
    def path(self) -> Path:
        """The session's file (made when asked for: a list of a thousand needs none)."""
        return self.folder / f"{self.id}.json"

    def when(self) -> str:
        """Start and end in the meeting's own time zone, e.g. `2026-11-24 14:05–14:50`."""
        if not self.started:
            return ""
        try:
            start = in_zone(datetime.fromisoformat(self.started), self.timezone)
            end = in_zone(datetime.fromisoformat(self.ended), self.timezone) if self.ended else None
        except (TypeError, ValueError):
            return self.started
        text = minute_text(start)  # as `local_text` writes it: in its zone already
        if end is not None:
            same_day = end.date() == start.date()
            text += f"–{end.hour:02d}:{end.minute:02d}" if same_day else f"–{minute_text(end)}"
        return text


#: The columns a summary is made of, and the order of a list: newest first, not yet started on top.
_SELECT = (
    "SELECT id, dialogue_id, title, supplier, status, started, ended, timezone, damaged"
    " FROM sessions"
)
_NEWEST_FIRST = " ORDER BY coalesce(started, '9999') DESC, id DESC"


class Listing(NamedTuple):
    """The sessions a list shows, and how many sessions there are in all."""

    shown: list[SessionSummary]
    total: int


def summaries(index: SessionIndex) -> list[SessionSummary]:
    """Every session, newest first; damaged files included and marked with what is wrong
    (`storage.damage`). The index reads again, whole, as opening the session would, only the
    files changed since it last looked."""
    return _summaries(index, index.query(_SELECT + _NEWEST_FIRST))


def recent(index: SessionIndex, newest: int) -> Listing:
    """The `newest` sessions and every running, paused or damaged one, newest first, and how many
    there are in all: as the index last saw the files, without looking at them
    (`SessionIndex.refresh` does), so that it costs the same whatever their number."""
    rows = index.known(
        f"{_SELECT} WHERE key IN (SELECT key FROM sessions{_NEWEST_FIRST} LIMIT ?)"
        " OR damaged IS NOT NULL OR status IN ('running', 'paused', '')" + _NEWEST_FIRST,
        (newest,),
    )
    total = index.known("SELECT count(*) FROM sessions")[0][0]
    return Listing(_summaries(index, rows), total)


def _summaries(index: SessionIndex, rows: list[Row]) -> list[SessionSummary]:
    return [
        SessionSummary(
            id=row["id"],
            folder=index.sessions_dir,
            dialogue_id=row["dialogue_id"],
            title=row["title"],
            supplier=row["supplier"],
            status=row["status"],
            started=row["started"],
            ended=row["ended"],
            timezone=row["timezone"] or DEFAULT_TIMEZONE,
            damaged=row["damaged"],
        )
        for row in rows
    ]

