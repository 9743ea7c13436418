"""A derived index of the sessions, so that lists, registers and search need not open every file.

The session files stay the record. The index is an SQLite database (with an FTS5 table for the
text) in the user's cache folder, one per data folder: a data folder may be a shared network or
OneDrive folder, where SQLite files must not live. It is never migrated: a database written by
another version, one that does not open, or one that is gone is rebuilt from the files. A file
whose size, modification time or inode differs from what was indexed is read again on the next
look (a list, a search, a register): so a save costs no more than writing its file, and the index
catches up with every change, made here or by another program, when it is next asked.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from _thread import RLock  # threading's own lock, without loading threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import cache
from facilitator.storage.atomic import DamagedFile, make_private_dir
from facilitator.storage.paths import SESSIONS_FOLDER

if TYPE_CHECKING:
    from facilitator.domain.session import Session

#: Changed whenever the tables change: a database of another version is rebuilt, not migrated.
INDEX_VERSION = "3"
#: FTS5 row ids are `session key << ROW_BITS | line number`, so a session's text is one range.
ROW_BITS = 24
#: Session files read into the index per transaction.
BATCH = 25

Progress = Callable[[int, int], None]
#: What tells a file changed: size, modification time and inode (a save replaces the file).
Signature = tuple[int, int, int]

#: The text is searched by word prefixes ("solcell*"), which FTS5 answers in milliseconds without
#: its prefix indexes; they would cost a third of a cold build. No ranking, so no column sizes.
#: The kind is a word of its own column, so that narrowing to one kind is part of the match.
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sessions (
    key INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    damaged TEXT,
    dialogue_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    supplier TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    started TEXT,
    ended TEXT,
    timezone TEXT NOT NULL DEFAULT '',
    meeting_seconds REAL NOT NULL DEFAULT 0,
    people INTEGER NOT NULL DEFAULT 0,
    lesson TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entries (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    future_needs TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    done INTEGER NOT NULL,
    need_status TEXT NOT NULL,
    planned_in TEXT NOT NULL
);
CREATE INDEX entries_session ON entries (session_id);
CREATE INDEX entries_kind ON entries (kind);
CREATE TABLE questions (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    timebox INTEGER NOT NULL,
    seconds REAL NOT NULL,
    discussed INTEGER NOT NULL,
    rating TEXT NOT NULL
);
CREATE INDEX questions_session ON questions (session_id);
CREATE VIRTUAL TABLE search USING fts5(
    body, session_id UNINDEXED, kind, question_id UNINDEXED, entry_id UNINDEXED,
    tokenize = "unicode61 remove_diacritics 0", columnsize = 0
);
"""
_TABLES = ("meta", "sessions", "entries", "questions", "search")


def index_path(root: Path, cache_dir: Path | None = None) -> Path:
    """The index of the data folder `root`: named by a hash of its full path."""
    key = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:20]
    return (cache_dir or cache.cache_dir()) / "index" / f"{key}.sqlite3"


def folder_index(root: Path) -> SessionIndex:
    """The index of the data folder `root`, as its `Store` has it, for reading without the store:
    a session file is read (as the store reads it) only when it changed since it was indexed, so
    a list or a register loads no session model while the files stand still."""
    return SessionIndex(root, root / SESSIONS_FOLDER, _read_session)


def _read_session(path: Path) -> Session:
    from facilitator.storage.kinds import SESSION
    from facilitator.storage.records import RecordFiles

    return RecordFiles(SESSION).read(path)


class SessionIndex:
    """The index of one data folder's sessions. Safe to use from several threads."""

    def __init__(
        self,
        root: Path,
        sessions_dir: Path,
        load: Callable[[Path], Session],
        cache_dir: Path | None = None,
    ) -> None:
        self.root = root
        self.sessions_dir = sessions_dir
        self.path = index_path(root, cache_dir)
        self._load = load
        self._db: sqlite3.Connection | None = None
        self._lock = RLock()
        #: True when the cache folder could not be used and the index lives in memory.
        self.in_memory = False

    # ------------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            make_private_dir(self.path.parent)
            db = self._open(self.path)
        except sqlite3.DatabaseError as error:
            _warn("index %s is damaged (%s); rebuilding it", self.path, error)
            try:
                self._remove_files()
                db = self._open(self.path)
            except (sqlite3.Error, OSError) as again:
                db = self._open_in_memory(again)
        except OSError as error:
            db = self._open_in_memory(error)
        self._db = db
        return db

    def _open_in_memory(self, error: Exception) -> sqlite3.Connection:
        _warn("index %s cannot be used (%s); keeping it in memory", self.path, error)
        self.in_memory = True
        return self._open(":memory:")

    def _open(self, where: Path | str) -> sqlite3.Connection:
        if isinstance(where, Path) and not where.exists():
            # Created owner-only, so that its journal files are too (SQLite copies the mode).
            os.close(os.open(where, os.O_CREAT | os.O_WRONLY, 0o600))
        db = sqlite3.connect(where, check_same_thread=False, timeout=5, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 5000")
            db.execute("PRAGMA journal_mode = WAL")
            # A derived cache: losing the last writes to a crash or power loss only means reading
            # files again (their signatures say which). NORMAL, not OFF: in WAL mode it syncs at
            # checkpoints only, and never leaves the database inconsistent, so never wrong.
            db.execute("PRAGMA synchronous = NORMAL")
            # Deleted rows are overwritten, so an erased name does not linger in free pages.
            db.execute("PRAGMA secure_delete = ON")
            db.create_function("fold", 1, _fold, deterministic=True)
            if self._version(db) != INDEX_VERSION:
                self._create(db)
        except BaseException:
            db.close()
            raise
        if isinstance(where, Path):
            os.chmod(where, 0o600)
        return db

    def _version(self, db: sqlite3.Connection) -> str | None:
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _create(self, db: sqlite3.Connection) -> None:
        """Empty tables of this version (a database of another version is dropped whole)."""
        db.execute("BEGIN IMMEDIATE")
        try:
            for table in _TABLES:
                db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute(
                "INSERT INTO meta VALUES ('version', ?), ('root', ?)",
                (INDEX_VERSION, str(self.root)),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """The database, in one write transaction; a damaged database is dropped on the way."""
        with self._lock:
            db = self._connect()
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                if _is_damage(error):
                    self._forget_damaged(error)
                raise

    def _forget_damaged(self, error: Exception) -> None:
        _warn("index %s is damaged (%s); it is rebuilt on the next look", self.path, error)
        self.close()
        if not self.in_memory:
            try:
                self._remove_files()
            except OSError as failure:
                _warn("index %s could not be removed: %s", self.path, failure)

    # ------------------------------------------------------------------ reading
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Rows of `sql`, after bringing the index up to date with the files."""
        self.refresh()
        return self._query(sql, params)

    def known(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Rows of `sql` as the index last saw the files, without looking at them (a list shown
        at once, then again after `refresh`). A damaged database is built again first."""
        return self._query(sql, params)

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        with self._lock:
            db = self._connect()
            try:
                cursor = db.execute(sql, params)
                cursor.row_factory = sqlite3.Row
                return cursor.fetchall()
            except sqlite3.DatabaseError as error:
                if not _is_damage(error):
                    raise
                self._forget_damaged(error)
        # Damaged while reading: built again from the files, then asked once more.
        self.refresh()
        with self._lock:
            cursor = self._connect().execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    # ----------------------------------------------------------------- updating
    def _on_disk(self) -> dict[str, Signature]:
        """Session id -> signature of every session file."""
        found: dict[str, Signature] = {}
        try:
            entries = list(os.scandir(self.sessions_dir))
        except FileNotFoundError:
            return found
        for entry in entries:
            name = entry.name
            if name.endswith(".json") and not name.startswith("."):
                try:
                    info = entry.stat()
                except OSError:
                    continue
                found[name[: -len(".json")]] = _signature(info)
        return found

    def _stale(self) -> tuple[dict[str, Signature], list[str]]:
        """Files to (re)read, with their signatures, and ids indexed whose file is gone."""
        on_disk = self._on_disk()
        with self._lock:
            try:
                known = {
                    row[0]: tuple(row[1:])
                    for row in self._connect().execute(
                        "SELECT id, size, mtime_ns, inode FROM sessions"
                    )
                }
            except sqlite3.DatabaseError as error:
                if not _is_damage(error):
                    raise
                self._forget_damaged(error)
                known = {}
        changed = {i: sig for i, sig in on_disk.items() if known.get(i) != sig}
        gone = [i for i in known if i not in on_disk]
        return changed, gone

    def refresh(self, progress: Progress | None = None) -> int:
        """Read again every session file changed since it was indexed; how many were read.

        Committed every `BATCH` files, so that a build cut short keeps what it did and other
        programs are not kept waiting; a file another thread indexed meanwhile is skipped.
        """
        changed, gone = self._stale()
        if not changed and not gone:
            if progress is not None:
                progress(0, 0)
            return 0
        if gone:
            with self._transaction() as db:
                for session_id in gone:
                    self._delete(db, session_id)
        todo = sorted(changed.items())
        for start in range(0, len(todo), BATCH):
            with self._transaction() as db:
                for session_id, signature in todo[start : start + BATCH]:
                    if self._signature_of(db, session_id) != signature:
                        self._index_file(db, session_id, signature)
            if progress is not None:
                progress(min(start + BATCH, len(todo)), len(todo))
        if len(todo) >= BATCH:
            self._empty_log()
        return len(todo)

    def _empty_log(self) -> None:
        """After many files were read: the write-ahead log into the database, and emptied. Else
        the next program to open the index would first read the whole log (megabytes after a
        build) wherever this one was stopped before closing it (a killed app, a closed window)."""
        with self._lock:
            self._connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _signature_of(self, db: sqlite3.Connection, session_id: str) -> Signature | None:
        row = db.execute(
            "SELECT size, mtime_ns, inode FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def rebuild(self, progress: Progress | None = None) -> int:
        """Throw the index away and build it from the files; the number of sessions read."""
        with self._lock:
            self.close()
            if self.in_memory:
                self.in_memory = False
            else:
                try:
                    self._remove_files()
                except OSError as error:  # in use elsewhere (Windows): emptied instead
                    _warn("index %s could not be removed (%s); emptying it", self.path, error)
                    self._create(self._connect())
        return self.refresh(progress)

    def _index_file(
        self, db: sqlite3.Connection, session_id: str, signature: Signature
    ) -> None:
        path = self.sessions_dir / f"{session_id}.json"
        try:
            session = self._load(path)
        except DamagedFile as error:
            self._put_damaged(db, session_id, signature, error.damage)
            return
        except FileNotFoundError:
            self._delete(db, session_id)
            return
        except OSError as error:
            _warn("session file %s cannot be read: %s", path, error)
            self._put_damaged(db, session_id, signature, "unreadable")
            return
        self._put(db, session, signature)

    def remove(self, session_id: str) -> None:
        """Drop a deleted session's rows at once."""
        with self._transaction() as db:
            self._delete(db, session_id)

    def _key(self, db: sqlite3.Connection, session_id: str) -> int | None:
        row = db.execute("SELECT key FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return row[0] if row else None

    def _delete(self, db: sqlite3.Connection, session_id: str) -> None:
        key = self._key(db, session_id)
        if key is None:
            return
        db.execute(
            "DELETE FROM search WHERE rowid >= ? AND rowid < ?",
            (key << ROW_BITS, (key + 1) << ROW_BITS),
        )
        db.execute("DELETE FROM entries WHERE session_id = ?", (session_id,))
        db.execute("DELETE FROM questions WHERE session_id = ?", (session_id,))
        db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def _put_damaged(
        self, db: sqlite3.Connection, session_id: str, signature: Signature, reason: str
    ) -> None:
        self._delete(db, session_id)
        db.execute(
            "INSERT INTO sessions (id, size, mtime_ns, inode, damaged) VALUES (?, ?, ?, ?, ?)",
            _clean((session_id, *signature, reason)),
        )

    def _put(self, db: sqlite3.Connection, session: Session, signature: Signature) -> None:
        """Index the session; text SQLite cannot take (a lone surrogate) is cleaned on a retry,
        so that the usual case does not pay for looking."""
        db.execute("SAVEPOINT put")
        try:
            self._put_rows(db, session, signature, _as_is)
        except UnicodeEncodeError:
            db.execute("ROLLBACK TO put")
            self._put_rows(db, session, signature, _clean)
        db.execute("RELEASE put")

    def _put_rows(
        self,
        db: sqlite3.Connection,
        session: Session,
        signature: Signature,
        clean: Callable[[tuple[Any, ...]], tuple[Any, ...]],
    ) -> None:
        key = self._key(db, session.id)
        if key is not None:
            self._delete(db, session.id)
        row = clean((
            session.id, *signature, session.dialogue.id, session.dialogue.title,
            session.supplier, session.status.value, _iso(session.started_at),
            _iso(session.ended_at), session.timezone, session.meeting_seconds,
            len(session.participants), session.format_lesson,
        ))
        if key is None:
            cursor = db.execute(
                "INSERT INTO sessions (id, size, mtime_ns, inode, dialogue_id, title, supplier,"
                " status, started, ended, timezone, meeting_seconds, people, lesson)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            key = int(cursor.lastrowid or 0)
        else:
            db.execute(
                "INSERT INTO sessions (key, id, size, mtime_ns, inode, dialogue_id, title,"
                " supplier, status, started, ended, timezone, meeting_seconds, people, lesson)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, *row),
            )
        discussed = {q.id for q in session.discussed_questions()}
        db.executemany(
            "INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                clean((
                    session.id, q.id, position, q.text, q.timebox,
                    session.question_seconds.get(q.id, 0.0), q.id in discussed,
                    session.question_ratings.get(q.id, ""),
                ))
                for position, q in enumerate(session.questions)
            ],
        )
        db.executemany(
            "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                clean((
                    session.id, e.id, position, e.kind.value, e.text, e.future_needs, e.owner,
                    _iso(e.due), e.done, e.need_status or "new", e.planned_in,
                ))
                for position, e in enumerate(session.entries)
            ],
        )
        lines: list[tuple[str, str, str, str]] = []
        for question_id, notes in session.notes.items():
            lines += [(line, "note", question_id, "") for line in notes.splitlines() if line]
        for e in session.entries:
            body = f"{e.text}\n{e.future_needs}" if e.future_needs.strip() else e.text
            lines.append((body, e.kind.value, e.question_id or "", e.id))
        base = key << ROW_BITS
        db.executemany(
            "INSERT INTO search (rowid, body, session_id, kind, question_id, entry_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                clean((base + n, line[0], session.id, *line[1:]))
                for n, line in enumerate(lines)
            ],
        )

    # -------------------------------------------------------------------- health
    def damage(self) -> str | None:
        """Why the database cannot be used as it is (it is rebuilt on the next look), or None;
        changes nothing."""
        if not self.path.exists():
            return None
        try:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                result = db.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    return str(result)
                version = self._version(db)
                if version != INDEX_VERSION:
                    return f"written by another version ({version})"
            finally:
                db.close()
        except sqlite3.Error as error:
            return str(error)
        return None


def _warn(message: str, *args: object) -> None:
    """Log a warning (the logging library is loaded when there is one)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


def _signature(info: os.stat_result) -> Signature:
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _is_damage(error: sqlite3.Error) -> bool:
    """The database file itself is bad ("file is not a database", "malformed"), as opposed to a
    busy database or a failed statement."""
    return type(error) is sqlite3.DatabaseError


def _as_is(values: tuple[Any, ...]) -> tuple[Any, ...]:
    return values


def _clean(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """Values SQLite can store: a lone surrogate (left by a broken paste) becomes "?"."""
    return tuple(
        v.encode("utf-8", "replace").decode("utf-8") if isinstance(v, str) else v for v in values
    )


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _fold(text: object) -> str:
    """Text for comparing without case, å/ä/ö included (SQLite's own only folds ASCII)."""
    return str(text or "").casefold()
