"""The data folder: where each kind of record is kept, and the minutes written beside them.

Layout::

    <data>/sessions/<session id>.json      a session (tables _meta, session, entries)
    <data>/dialogues/<dialogue id>.json    a dialogue (tables _meta, dialogue)
    <data>/bookings/<booking id>.json      a booked meeting (tables _meta, booking)
    <data>/tips.json                       the team's tips library (tables _meta, tips)
    <data>/settings.json                   theme and other choices
    <data>/minutes/<session id>.<lang>.md  minutes written when a meeting ends

Every record is read and written the same way (`storage.records`, kinds in `storage.kinds`).
Saving a session writes only that session's file, so it costs the same however many are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import Session
from facilitator.domain.tips import TipLibrary
from facilitator.storage.atomic import (
    DamagedFile,
    make_private_dir,
    set_aside,
    write_atomic,
)
from facilitator.storage.index import SessionIndex
from facilitator.storage.kinds import BOOKING, DIALOGUE, SETTINGS, TIPS, session_files
from facilitator.storage.paths import SESSIONS_FOLDER
from facilitator.storage.records import Collection, RecordFiles, Tables
from facilitator.storage.summaries import Listing, SessionSummary, recent, summaries


@dataclass(frozen=True)
class Records:
    """The data folder's records, by kind."""

    sessions: Collection[Session]
    dialogues: Collection[Dialogue]
    bookings: Collection[Booking]
    tips: RecordFiles[TipLibrary]
    settings: RecordFiles[dict[str, Any]]

    def of_kind(self, kind: str) -> RecordFiles[Any]:
        """The records of `kind` ("session", "dialogue", "booking", "tips", "settings")."""
        every: tuple[RecordFiles[Any], ...] = (
            self.sessions, self.dialogues, self.bookings, self.tips, self.settings
        )
        return next(records for records in every if records.kind.name == kind)


class Store:
    """Reads and writes everything in one data folder."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        """`cache_dir` holds the index (default: the user's cache folder, see `storage.index`)."""
        self.root = root
        self.sessions_dir = root / SESSIONS_FOLDER
        self.dialogues_dir = root / "dialogues"
        self.minutes_dir = root / "minutes"
        self.bookings_dir = root / "bookings"
        self.tips_path = root / "tips.json"
        self.settings_path = root / "settings.json"
        ensure = lambda path: self.ensure()  # noqa: E731 - the folders of the data folder
        self.records = Records(
            sessions=session_files(root, ensure),
            dialogues=Collection(DIALOGUE, self.dialogues_dir, ensure),
            bookings=Collection(BOOKING, self.bookings_dir),
            tips=RecordFiles(TIPS),
            settings=RecordFiles(SETTINGS, ensure),
        )
        self.index = SessionIndex(root, self.sessions_dir, self.records.sessions.read, cache_dir)

    def ensure(self) -> None:
        """Create the data folders, readable by the owner only."""
        for folder in (self.root, self.sessions_dir, self.dialogues_dir, self.minutes_dir):
            make_private_dir(folder)

    # ----------------------------------------------------------------- sessions
    def session_path(self, session_id: str) -> Path:
        return self.records.sessions.path(session_id)

    def session_ids(self) -> list[str]:
        return self.records.sessions.ids()

    def resolve_session(self, prefix: str) -> str:
        """The one session id starting with `prefix`."""
        return self.records.sessions.resolve(prefix)

    def load_session(self, session_id: str) -> Session:
        """The session; `UnknownId` if there is none, `DamagedFile` if it cannot be read."""
        return self.records.sessions.load(session_id)

    def save_session(self, session: Session, *, keep_backup: bool = True) -> Path:
        return self.records.sessions.save(
            self.session_path(session.id), session, keep_backup=keep_backup
        )

    def write_session(self, session_id: str, tables: Tables, *, keep_backup: bool = True) -> Path:
        """Write tables made by `kinds.encode_session` (safe to call from a worker thread); see
        `RecordFiles.write`: a damaged file is never written over, only set aside by
        `restore_backup`."""
        path = self.session_path(session_id)
        return self.records.sessions.write(path, tables, keep_backup=keep_backup)

    def load_backup(self, session_id: str) -> Session:
        """The last good copy (`.bak`) of a session; `UnknownId` if none, `DamagedFile` if bad."""
        return self.records.sessions.load_backup(session_id)

    def restore_backup(self, session_id: str) -> Session:
        """Make the `.bak` the session's file again (see `RecordFiles.restore_backup`)."""
        return self.records.sessions.restore(session_id)

    def session_files(self, session_id: str) -> list[Path]:
        """Every file that holds (a copy of) the session: data, backup, copies set aside,
        unfinished writes, lock and minutes."""
        path = self.session_path(session_id)
        found = [p for p in self.sessions_dir.glob(f"{session_id}.*") if p.is_file()]
        found += [p for p in self.sessions_dir.glob(f".{path.name}.*") if p.is_file()]
        if self.minutes_dir.is_dir():
            found += [p for p in self.minutes_dir.glob(f"{session_id}.*") if p.is_file()]
        return sorted(set(found))

    def delete_session(self, session_id: str) -> list[Path]:
        """Delete the session and every file of it (see `session_files`); the deleted paths.

        Raises `SessionLocked` while another instance has it open.
        """
        # Imported here: only deleting takes the lock, and a list need not load filelock.
        from facilitator.storage.lock import SessionLock

        lock = SessionLock(self, session_id)
        deleted = []
        with lock:
            for file in self.session_files(session_id):
                if file not in (lock.lock_path, lock.owner_path):
                    file.unlink(missing_ok=True)
                    deleted.append(file)
        for file in (lock.owner_path, lock.lock_path):
            if file.exists():
                file.unlink()
                deleted.append(file)
        self.records.sessions.forget(self.session_path(session_id))
        self.index.remove(session_id)
        return deleted

    def summaries(self) -> list[SessionSummary]:
        """Every session, newest first, damaged files included (see `summaries.summaries`)."""
        return summaries(self.index)

    def recent_summaries(self, newest: int) -> Listing:
        """The newest sessions and every unfinished or damaged one, as the index last saw the
        files (see `summaries.recent`); `self.index.refresh()` brings it up to date."""
        return recent(self.index, newest)

    # ---------------------------------------------------------------- dialogues
    def dialogue_path(self, dialogue_id: str) -> Path:
        return self.records.dialogues.path(dialogue_id)

    def dialogue_ids(self) -> list[str]:
        return self.records.dialogues.ids()

    def resolve_dialogue(self, prefix: str) -> str:
        return self.records.dialogues.resolve(prefix)

    def load_dialogue(self, dialogue_id: str) -> Dialogue:
        return self.records.dialogues.load(dialogue_id)

    def save_dialogue(self, dialogue: Dialogue, *, keep_backup: bool = True) -> Path:
        """Write the dialogue; like `write_session`, never over a file that does not parse."""
        path = self.dialogue_path(dialogue.id)
        return self.records.dialogues.save(path, dialogue, keep_backup=keep_backup)

    def dialogues(self) -> list[Dialogue]:
        """Every readable dialogue (damaged ones are reported by `doctor`)."""
        return self.records.dialogues.readable()

    # ---------------------------------------------------------------- settings
    def settings(self) -> dict[str, Any]:
        try:
            return self.records.settings.read(self.settings_path)
        except (FileNotFoundError, DamagedFile):
            return {}

    def update_settings(self, **values: Any) -> None:
        """Change some settings; a settings file that does not parse is set aside, not lost."""
        self.ensure()
        path = self.settings_path
        good = True
        try:
            settings = self.records.settings.read(path)
        except FileNotFoundError:
            settings = {}
        except DamagedFile:
            set_aside(path, "damaged")
            settings, good = {}, False
        settings.update(values)
        self.records.settings.write(path, settings, keep_backup=good, check=good)

    # ----------------------------------------------------------------- minutes
    def minutes_path(self, session_id: str, lang: str, suffix: str = "md") -> Path:
        return self.minutes_dir / f"{session_id}.{lang}.{suffix}"

    def write_minutes(
        self, session_id: str, lang: str, text: str | bytes, suffix: str = "md"
    ) -> Path:
        """Write minutes as rendered by `facilitator.export` (bytes for DOCX).

        `suffix` is the format's ("md", "html", "docx", "txt"), or e.g. "public.md" for the
        public version.
        """
        self.ensure()
        path = self.minutes_path(session_id, lang, suffix)
        # No .bak: minutes are made from the session, and an older copy would say an older state.
        data = text.encode("utf-8") if isinstance(text, str) else text
        write_atomic(path, data, keep_backup=False)
        return path
