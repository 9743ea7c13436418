"""The data folder: one TinyDB file per session, one per dialogue, and the settings.

Layout::

    <data>/sessions/<session id>.json    a session (tables _meta, session, entries)
    <data>/dialogues/<dialogue id>.json  a dialogue (tables _meta, dialogue)
    <data>/minutes/<session id>.<lang>.md  minutes written when a meeting ends
    <data>/settings.json                 theme and other choices

Saving a session writes only that session's file, so it costs the same however many are stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, overload

from tinydb import TinyDB

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.entries import LogEntry
from facilitator.domain.session import DEFAULT_TIMEZONE, Session, local_text, zone
from facilitator.storage import codec
from facilitator.storage.atomic import (
    AtomicJSONStorage,
    DamagedFile,
    SaveFailed,
    backup_path,
    dump_json,
    make_private_dir,
    read_json,
    set_aside,
    write_atomic,
)
from facilitator.storage.index import SessionIndex
from facilitator.storage.migrations import MigrationError, kind_of, migrate

SCHEMA_VERSION = 1
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class UnknownId(LookupError):
    pass


class AmbiguousId(LookupError):
    def __init__(self, prefix: str, matches: list[str]) -> None:
        super().__init__(prefix)
        self.prefix = prefix
        self.matches = matches


@dataclass
class SessionSummary:
    """What the sessions list shows, read without building the whole session."""

    id: str
    path: Path
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

    def when(self) -> str:
        """Start and end in the meeting's own time zone, e.g. `2026-11-24 14:05–14:50`."""
        if not self.started:
            return ""
        local = zone(self.timezone)
        try:
            start = datetime.fromisoformat(self.started).astimezone(local)
            end = datetime.fromisoformat(self.ended).astimezone(local) if self.ended else None
        except (TypeError, ValueError):
            return self.started
        text = local_text(start, self.timezone)
        if end is not None:
            text += end.strftime("–%H:%M" if end.date() == start.date() else "–%Y-%m-%d %H:%M")
        return text


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

    def tables(self) -> dict[str, dict[str, Any]]:
        """The session as TinyDB tables, ready to be written."""
        encode_entry = codec.fields_encoder(LogEntry)
        return {
            "_meta": meta_table("session"),
            "session": {"1": self.state},
            "entries": {str(i): encode_entry(e) for i, e in enumerate(self.entries, start=1)},
        }


def copy_session(session: Session) -> SessionCopy:
    """A copy of the session to save, cheap enough for the UI thread at any size: the entries'
    fields are copied by C loops (a few milliseconds for 10,000), not encoded here."""
    entries = list(map(dict.copy, map(vars, session.entries)))
    state = codec.fields_encoder(Session)({**vars(session), "entries": []})
    del state["entries"]
    return SessionCopy(session.id, state, entries)


def encode_session(session: Session) -> dict[str, dict[str, Any]]:
    """The session as TinyDB tables, ready to be written."""
    return copy_session(session).tables()


def decode_session(tables: dict[str, Any]) -> Session:
    """The session in tables read from a file or made by `encode_session`."""
    state = dict(tables["session"]["1"])
    entries = tables.get("entries", {})
    state["entries"] = [entries[k] for k in sorted(entries, key=int)]
    return codec.decode(Session, state)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def meta_table(kind: str) -> dict[str, dict[str, Any]]:
    """The `_meta` table every data file starts with: schema version, kind, time of saving."""
    return {"1": {"schema": SCHEMA_VERSION, "kind": kind, "saved_at": _now()}}


def _upgrade(path: Path, tables: dict[str, Any], kind: str) -> dict[str, Any]:
    """The tables at the current schema; `DamagedFile` if they are not a `kind` file we can read."""
    try:
        if kind_of(tables) != kind:
            raise DamagedFile(path, f"not a facilitator {kind} file", "wrong_kind")
        tables = migrate(tables, SCHEMA_VERSION)
    except MigrationError as error:
        raise DamagedFile(path, str(error)) from error
    schema = tables["_meta"]["1"]["schema"]
    if schema > SCHEMA_VERSION:
        raise DamagedFile(
            path, f"written by a newer version (schema {schema})", "newer_version"
        )
    return tables


class RefusedOverwrite(SaveFailed):
    """The file on disk does not parse, so it is kept as it is rather than written over."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, OSError(None, f"the file on disk is damaged ({reason})"))
        self.damage = reason


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


class Store:
    """Reads and writes everything in one data folder."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        """`cache_dir` holds the index (default: the user's cache folder, see `storage.index`)."""
        self.root = root
        self.sessions_dir = root / "sessions"
        self.dialogues_dir = root / "dialogues"
        self.minutes_dir = root / "minutes"
        #: Files known to hold good data, by (inode, size, mtime) when last read or written here,
        #: so that the check before overwriting a file costs a stat, not a parse.
        self._good: dict[Path, tuple[int, int, int] | None] = {}
        self.index = SessionIndex(
            root, self.sessions_dir, lambda path: self.load_file(path, "session"), cache_dir
        )

    def ensure(self) -> None:
        """Create the data folders, readable by the owner only."""
        for folder in (self.root, self.sessions_dir, self.dialogues_dir, self.minutes_dir):
            make_private_dir(folder)

    def _remember_good(self, path: Path) -> None:
        self._good[path] = _signature(path)

    def _check_replaceable(self, path: Path, kind: str) -> None:
        """`RefusedOverwrite` if `path` holds something other than a readable `kind` file."""
        if not path.exists() or self._good.get(path, ...) == _signature(path):
            return
        try:
            self.load_file(path, kind)
        except FileNotFoundError:
            return
        except DamagedFile as error:
            raise RefusedOverwrite(path, error.reason) from error

    @overload
    def load_file(self, path: Path, kind: Literal["session"]) -> Session: ...
    @overload
    def load_file(self, path: Path, kind: Literal["dialogue"]) -> Dialogue: ...
    @overload
    def load_file(self, path: Path, kind: str) -> Session | Dialogue: ...
    def load_file(self, path: Path, kind: str) -> Session | Dialogue:
        """The session or dialogue in `path`; `DamagedFile` if it cannot be read."""
        tables = self._read_tables(path, kind)
        try:
            if kind == "dialogue":
                return codec.decode(Dialogue, tables["dialogue"]["1"])
            return decode_session(tables)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DamagedFile(path, f"unexpected content ({error!r})") from error

    # ----------------------------------------------------------------- sessions
    def session_path(self, session_id: str) -> Path:
        return id_path(self.sessions_dir, session_id)

    def session_ids(self) -> list[str]:
        return ids_in(self.sessions_dir)

    def resolve_session(self, prefix: str) -> str:
        """The one session id starting with `prefix`."""
        return _resolve(prefix, self.session_ids())

    def _read_tables(self, path: Path, kind: str) -> dict[str, Any]:
        db = TinyDB(path, storage=AtomicJSONStorage, create=False)
        try:
            tables = db.storage.read()
        finally:
            db.close()
        if tables is None:
            raise FileNotFoundError(path)
        return _upgrade(path, tables, kind)

    def load_session(self, session_id: str) -> Session:
        """The session; `UnknownId` if there is none, `DamagedFile` if it cannot be read."""
        path = self.session_path(session_id)
        try:
            session = self.load_file(path, "session")
        except FileNotFoundError as error:
            raise UnknownId(session_id) from error
        self._remember_good(path)
        return session

    def save_session(self, session: Session, *, keep_backup: bool = True) -> Path:
        return self.write_session(session.id, encode_session(session), keep_backup=keep_backup)

    def write_session(
        self, session_id: str, tables: dict[str, dict[str, Any]], *, keep_backup: bool = True
    ) -> Path:
        """Write tables made by `encode_session` (safe to call from a worker thread).

        The previous version is kept as `.bak`. Raises `SaveFailed` (an `OSError`) when the file
        cannot be written, and `RefusedOverwrite` (one too) when the file on disk does not parse:
        a damaged file is never written over, only set aside by `restore_backup`.
        """
        path = self.session_path(session_id)
        try:
            self.ensure()
        except OSError as error:
            raise SaveFailed(path, error) from error
        self._check_replaceable(path, "session")
        write_atomic(path, dump_json(tables), keep_backup=keep_backup)
        self._remember_good(path)
        return path

    def load_backup(self, session_id: str) -> Session:
        """The last good copy (`.bak`) of a session; `UnknownId` if none, `DamagedFile` if bad."""
        bak = backup_path(self.session_path(session_id))
        try:
            return self.load_file(bak, "session")
        except FileNotFoundError as error:
            raise UnknownId(session_id) from error

    def restore_backup(self, session_id: str) -> Session:
        """Make the `.bak` the session's file again, and return the session it holds.

        The backup is checked first. The file it replaces is kept beside it as
        `<id>.json.damaged-<time>` (or `.replaced-<time>` if it was readable), never deleted.
        """
        path = self.session_path(session_id)
        session = self.load_backup(session_id)
        data = backup_path(path).read_bytes()
        if path.exists():
            try:
                self.load_file(path, "session")
                label = "replaced"
            except DamagedFile:
                label = "damaged"
            set_aside(path, label)
        write_atomic(path, data, keep_backup=False)
        self._remember_good(path)
        return session

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
        from facilitator.storage.lock import SessionLock  # the lock module needs the store

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
        self._good.pop(self.session_path(session_id), None)
        self.index.remove(session_id)
        return deleted

    def summaries(self) -> list[SessionSummary]:
        """Every session, newest first; damaged files included and marked with what is wrong
        (`storage.damage`). Read from the index, which reads again, whole, as opening the session
        would, only the files changed since it last looked."""
        rows = self.index.query(
            "SELECT id, dialogue_id, title, supplier, status, started, ended, timezone, damaged"
            " FROM sessions ORDER BY coalesce(started, '9999') DESC, id DESC"
        )
        return [
            SessionSummary(
                id=row["id"],
                path=self.sessions_dir / f"{row['id']}.json",
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

    # ---------------------------------------------------------------- dialogues
    def dialogue_path(self, dialogue_id: str) -> Path:
        return id_path(self.dialogues_dir, dialogue_id)

    def dialogue_ids(self) -> list[str]:
        return ids_in(self.dialogues_dir)

    def resolve_dialogue(self, prefix: str) -> str:
        return _resolve(prefix, self.dialogue_ids())

    def load_dialogue(self, dialogue_id: str) -> Dialogue:
        path = self.dialogue_path(dialogue_id)
        try:
            dialogue = self.load_file(path, "dialogue")
        except FileNotFoundError as error:
            raise UnknownId(dialogue_id) from error
        self._remember_good(path)
        return dialogue

    def save_dialogue(self, dialogue: Dialogue, *, keep_backup: bool = True) -> Path:
        """Write the dialogue; like `write_session`, never over a file that does not parse."""
        path = self.dialogue_path(dialogue.id)
        try:
            self.ensure()
        except OSError as error:
            raise SaveFailed(path, error) from error
        self._check_replaceable(path, "dialogue")
        tables = {
            "_meta": meta_table("dialogue"),
            "dialogue": {"1": codec.encode(dialogue)},
        }
        write_atomic(path, dump_json(tables), keep_backup=keep_backup)
        self._remember_good(path)
        return path

    def dialogues(self) -> list[Dialogue]:
        """Every readable dialogue (damaged ones are reported by `doctor`)."""
        result = []
        for dialogue_id in self.dialogue_ids():
            try:
                result.append(self.load_dialogue(dialogue_id))
            except DamagedFile:
                continue
        return result

    # ---------------------------------------------------------------- settings
    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    def settings(self) -> dict[str, Any]:
        try:
            data = read_json(self.settings_path)
        except (FileNotFoundError, DamagedFile):
            return {}
        return data if isinstance(data, dict) else {}

    def update_settings(self, **values: Any) -> None:
        """Change some settings; a settings file that does not parse is set aside, not lost."""
        self.ensure()
        path = self.settings_path
        try:
            settings = read_json(path)
        except FileNotFoundError:
            settings = {}
        except DamagedFile:
            settings = None
        good = isinstance(settings, dict)
        if not good and path.exists():
            set_aside(path, "damaged")
        settings = settings if good else {}
        settings.update(values)
        write_atomic(path, dump_json(settings), keep_backup=good)

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


def id_path(folder: Path, record_id: str) -> Path:
    """The file of the record `record_id` in `folder`; `UnknownId` if it is no valid id."""
    if not _ID.match(record_id):
        raise UnknownId(record_id)
    return folder / f"{record_id}.json"


def ids_in(folder: Path) -> list[str]:
    """The ids of the records stored in `folder`."""
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json"))


def _resolve(prefix: str, ids: list[str]) -> str:
    """The one id in `ids` that is `prefix` or starts with it, in any case ("ABC" finds "abc1")."""
    prefix = prefix.strip()
    if not prefix:
        raise UnknownId(prefix)
    if prefix in ids:
        return prefix
    wanted = prefix.casefold()
    exact = [i for i in ids if i.casefold() == wanted]
    matches = exact or [i for i in ids if i.casefold().startswith(wanted)]
    if not matches:
        raise UnknownId(prefix)
    if len(matches) > 1:
        raise AmbiguousId(prefix, matches)
    return matches[0]
