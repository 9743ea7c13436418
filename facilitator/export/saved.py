"""The minutes saved beside the sessions (`minutes/<id>.<lang>[.public].<format>`).

They are made from the session, so after a finalise or a correction every one of them is written
again from the session as it is: no file in `minutes/` says "Draft" of a version since finalised,
or lacks a correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.domain.session import Session
from facilitator.export import FORMATS, minutes_document, render_document
from facilitator.storage.store import Store

_PUBLIC = "public."


@dataclass(frozen=True)
class SavedMinutes:
    """One minutes file saved for a session."""

    lang: str
    fmt: str
    public: bool

    @property
    def suffix(self) -> str:
        """The file's ending after the language, as `Store.write_minutes` takes it."""
        return f"{_PUBLIC if self.public else ''}{FORMATS[self.fmt]}"


def saved_minutes(store: Store, session_id: str) -> list[SavedMinutes]:
    """Every minutes file saved for the session (older `.bak` copies not counted)."""
    found = []
    for path in sorted(store.minutes_dir.glob(f"{session_id}.*")):
        lang, _, suffix = path.name[len(session_id) + 1 :].partition(".")
        public = suffix.startswith(_PUBLIC)
        fmt = next((f for f, ext in FORMATS.items() if ext == suffix.removeprefix(_PUBLIC)), None)
        if fmt is not None and lang and path.is_file():
            found.append(SavedMinutes(lang, fmt, public))
    return found


def refresh_saved_minutes(
    store: Store, session: Session, now: datetime | None = None
) -> list[Path]:
    """Write every saved minutes file of the session again from the session as it is now, and
    remove older `.bak` copies of them (an OSError is left to the caller to report)."""
    written = []
    for saved in saved_minutes(store, session.id):
        document = minutes_document(session, saved.lang, saved.public, now)
        data = render_document(document, saved.fmt)
        written.append(store.write_minutes(session.id, saved.lang, data, suffix=saved.suffix))
    for stale in store.minutes_dir.glob(f"{session.id}.*.bak"):
        stale.unlink()
    return written
