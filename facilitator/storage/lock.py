"""One writer per session: a lock file per session, and a note of who holds it.

`sessions/<id>.lock` is locked with the operating system's file lock (through filelock), which the
system releases when the holding process ends in any way, so a lock left by a killed or crashed
instance never blocks. Beside it `sessions/<id>.owner` records who holds it (process, user,
computer, since when), so that a second instance can say who has the session open and offer to
open it read-only. A record whose process is gone is stale: it is ignored and overwritten.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Protocol

from filelock import FileLock, Timeout

from facilitator.i18n import t
from facilitator.storage.atomic import (
    FILE_MODE,
    DamagedFile,
    make_private_dir,
    read_json,
    write_atomic,
)
from facilitator.storage.ids import id_path


class Store(Protocol):
    """Where the sessions are (a `storage.store.Store`)."""

    sessions_dir: Path


@dataclass(frozen=True)
class LockHolder:
    """Who holds a session's lock, as they recorded it."""

    pid: int
    user: str
    host: str
    #: When they took the lock (ISO 8601, UTC).
    started_at: str

    @classmethod
    def current(cls) -> LockHolder:
        return cls(
            pid=os.getpid(),
            user=_user(),
            host=socket.gethostname(),
            started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )

    def is_alive(self) -> bool | None:
        """Whether the holder's process still runs; None when that cannot be told (other host)."""
        if self.host != socket.gethostname() or os.name == "nt":
            return None
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # it runs, as another user
            return True
        except OSError:
            return None
        return True

    def describe(self, lang: str) -> str:
        """"anna on laptop-12 (process 4711) since 2026-03-04 10:02", in `lang`, the time in
        this computer's local time."""
        try:
            since = datetime.fromisoformat(self.started_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            since = self.started_at
        return t(
            "{user} on {host} (process {pid}) since {since}",
            lang,
            user=self.user,
            host=self.host,
            pid=self.pid,
            since=since,
        )


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


class SessionLocked(Exception):
    """Another instance has the session open. `holder` is None when it could not be told who."""

    def __init__(self, session_id: str, holder: LockHolder | None) -> None:
        who = holder.describe("en") if holder else "another program"
        super().__init__(f"session {session_id} is open in {who}")
        self.session_id = session_id
        self.holder = holder

    def who(self, lang: str) -> str:
        """Who has the session open, in `lang`: "another program" when it could not be told."""
        return self.holder.describe(lang) if self.holder else t("another program", lang)

    def text(self, lang: str) -> str:
        """Why the session cannot be changed here, and what to do, in `lang`."""
        return t(
            "Session {id} is open in {who}. Close it there first.",
            lang,
            id=self.session_id,
            who=self.who(lang),
        )


class SessionLock:
    """The right to write one session. `acquire()` never waits: it succeeds or raises
    `SessionLocked`; an `OSError` means the lock cannot be made (read-only folder)."""

    def __init__(self, store: Store, session_id: str) -> None:
        id_path(store.sessions_dir, session_id)  # rejects ids that are not ids
        self.session_id = session_id
        self.folder = store.sessions_dir
        self.lock_path = self.folder / f"{session_id}.lock"
        self.owner_path = self.folder / f"{session_id}.owner"
        self._lock = FileLock(str(self.lock_path), timeout=0, mode=FILE_MODE, thread_local=False)

    @property
    def is_held(self) -> bool:
        """Whether this object holds the lock."""
        return self._lock.is_locked

    def acquire(self) -> None:
        if self.is_held:
            return
        make_private_dir(self.folder)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise SessionLocked(self.session_id, self.holder()) from None
        try:
            os.chmod(self.lock_path, FILE_MODE)
            record = json.dumps(asdict(LockHolder.current()), ensure_ascii=False)
            write_atomic(self.owner_path, record.encode("utf-8"), keep_backup=False)
        except BaseException:
            self._lock.release()
            raise

    def release(self) -> None:
        if not self.is_held:
            return
        try:
            holder = read_holder(self.owner_path)
            if holder is not None and holder.pid == os.getpid():
                self.owner_path.unlink(missing_ok=True)
        except OSError:
            pass  # the record is only advice; the lock itself is what counts
        finally:
            self._lock.release()

    def holder(self) -> LockHolder | None:
        """Who holds the lock by their record, if the record is there and not stale."""
        holder = read_holder(self.owner_path)
        if holder is None or holder.is_alive() is False:
            return None
        return holder

    def __enter__(self) -> SessionLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    """The owner record in `path`; None if there is none or it cannot be read."""
    try:
        data = read_json(path)
        return LockHolder(
            pid=int(data["pid"]),
            user=str(data["user"]),
            host=str(data["host"]),
            started_at=str(data["started_at"]),
        )
    except (OSError, DamagedFile, KeyError, TypeError, ValueError):
        return None


def lock_state(store: Store, session_id: str) -> tuple[bool, LockHolder | None]:
    """(held by a running instance, its holder if known), without taking the lock or writing."""
    lock = SessionLock(store, session_id)
    if not lock.lock_path.exists():
        return False, None
    probe = FileLock(str(lock.lock_path), timeout=0, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True, lock.holder()
    probe.release()
    return False, None
