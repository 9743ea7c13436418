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
from typing import Any

from tinydb import TinyDB

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import Session
from facilitator.storage import codec
from facilitator.storage.atomic import (
    DIR_MODE,
    AtomicJSONStorage,
    DamagedFile,
    dump_json,
    read_json,
    write_atomic,
)

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
    #: Set when the file could not be read; the file is then left untouched.
    damaged: str | None = None


def encode_session(session: Session) -> dict[str, dict[str, Any]]:
    """The session as TinyDB tables, ready to be written (cheap enough for the UI thread)."""
    state = codec.encode(session)
    entries = state.pop("entries")
    return {
        "_meta": {"1": {"schema": SCHEMA_VERSION, "kind": "session", "saved_at": _now()}},
        "session": {"1": state},
        "entries": {str(i): e for i, e in enumerate(entries, start=1)},
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _check_schema(path: Path, tables: dict[str, Any], kind: str) -> None:
    meta = tables.get("_meta", {}).get("1")
    if not isinstance(meta, dict) or meta.get("kind") != kind:
        raise DamagedFile(path, f"not a facilitator {kind} file")
    if not isinstance(meta.get("schema"), int) or meta["schema"] > SCHEMA_VERSION:
        raise DamagedFile(path, f"written by a newer version (schema {meta.get('schema')})")


class Store:
    """Reads and writes everything in one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sessions_dir = root / "sessions"
        self.dialogues_dir = root / "dialogues"
        self.minutes_dir = root / "minutes"

    def ensure(self) -> None:
        for folder in (self.root, self.sessions_dir, self.dialogues_dir, self.minutes_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)

    # ----------------------------------------------------------------- sessions
    def session_path(self, session_id: str) -> Path:
        if not _ID.match(session_id):
            raise UnknownId(session_id)
        return self.sessions_dir / f"{session_id}.json"

    def session_ids(self) -> list[str]:
        if not self.sessions_dir.is_dir():
            return []
        return sorted(p.stem for p in self.sessions_dir.glob("*.json"))

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
        _check_schema(path, tables, kind)
        return tables

    def load_session(self, session_id: str) -> Session:
        """The session; `UnknownId` if there is none, `DamagedFile` if it cannot be read."""
        path = self.session_path(session_id)
        try:
            tables = self._read_tables(path, "session")
        except FileNotFoundError as error:
            raise UnknownId(session_id) from error
        try:
            state = dict(tables["session"]["1"])
            entries = tables.get("entries", {})
            state["entries"] = [entries[k] for k in sorted(entries, key=int)]
            return codec.decode(Session, state)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DamagedFile(path, f"unexpected content ({error!r})") from error

    def save_session(self, session: Session) -> Path:
        return self.write_session(session.id, encode_session(session))

    def write_session(self, session_id: str, tables: dict[str, dict[str, Any]]) -> Path:
        """Write tables made by `encode_session` (safe to call from a worker thread)."""
        self.ensure()
        path = self.session_path(session_id)
        AtomicJSONStorage(path).write(tables)
        return path

    def summaries(self) -> list[SessionSummary]:
        """Every session, newest first; damaged files included and marked."""
        result = []
        for session_id in self.session_ids():
            path = self.sessions_dir / f"{session_id}.json"
            try:
                tables = self._read_tables(path, "session")
                state = tables["session"]["1"]
                dialogue = state.get("dialogue", {})
                result.append(
                    SessionSummary(
                        id=session_id,
                        path=path,
                        dialogue_id=str(dialogue.get("id", "")),
                        title=str(dialogue.get("title", "")),
                        supplier=str(state.get("supplier", "")),
                        status=str(state.get("status", "")),
                        started=state.get("started_at"),
                        ended=state.get("ended_at"),
                    )
                )
            except (DamagedFile, KeyError, TypeError, AttributeError, OSError) as error:
                reason = error.reason if isinstance(error, DamagedFile) else repr(error)
                result.append(SessionSummary(id=session_id, path=path, damaged=reason))
        result.sort(key=lambda s: (s.started or "9999", s.id), reverse=True)
        return result

    # ---------------------------------------------------------------- dialogues
    def dialogue_path(self, dialogue_id: str) -> Path:
        if not _ID.match(dialogue_id):
            raise UnknownId(dialogue_id)
        return self.dialogues_dir / f"{dialogue_id}.json"

    def dialogue_ids(self) -> list[str]:
        if not self.dialogues_dir.is_dir():
            return []
        return sorted(p.stem for p in self.dialogues_dir.glob("*.json"))

    def resolve_dialogue(self, prefix: str) -> str:
        return _resolve(prefix, self.dialogue_ids())

    def load_dialogue(self, dialogue_id: str) -> Dialogue:
        path = self.dialogue_path(dialogue_id)
        try:
            tables = self._read_tables(path, "dialogue")
        except FileNotFoundError as error:
            raise UnknownId(dialogue_id) from error
        try:
            return codec.decode(Dialogue, tables["dialogue"]["1"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DamagedFile(path, f"unexpected content ({error!r})") from error

    def save_dialogue(self, dialogue: Dialogue) -> Path:
        self.ensure()
        path = self.dialogue_path(dialogue.id)
        tables = {
            "_meta": {"1": {"schema": SCHEMA_VERSION, "kind": "dialogue", "saved_at": _now()}},
            "dialogue": {"1": codec.encode(dialogue)},
        }
        AtomicJSONStorage(path).write(tables)
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
        self.ensure()
        settings = self.settings()
        settings.update(values)
        write_atomic(self.settings_path, dump_json(settings))

    # ----------------------------------------------------------------- minutes
    def minutes_path(self, session_id: str, lang: str, suffix: str = "md") -> Path:
        return self.minutes_dir / f"{session_id}.{lang}.{suffix}"

    def write_minutes(self, session_id: str, lang: str, text: str) -> Path:
        self.ensure()
        path = self.minutes_path(session_id, lang)
        write_atomic(path, text.encode("utf-8"))
        return path


def _resolve(prefix: str, ids: list[str]) -> str:
    prefix = prefix.strip()
    if not prefix:
        raise UnknownId(prefix)
    if prefix in ids:
        return prefix
    matches = [i for i in ids if i.startswith(prefix)]
    if not matches:
        raise UnknownId(prefix)
    if len(matches) > 1:
        raise AmbiguousId(prefix, matches)
    return matches[0]
