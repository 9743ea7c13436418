"""Records kept as TinyDB files: read, upgraded, written atomically, never over a damaged file.

Every kind of record (sessions, dialogues, bookings, the tips library, the settings) is kept the
same way. Its file is a TinyDB document, read and written through `AtomicJSONStorage`, TinyDB's
`Storage` for a file that is replaced whole or not at all. A versioned kind's file starts with a
`_meta` table (schema, kind, time of saving); reading brings an older schema up to the current one
(`storage.migrations`), and a file that does not parse, is of another kind or was written by a
newer version raises `DamagedFile`. Such a file is never written over (`RefusedOverwrite`).

`RecordFiles` does this for files named by their path (`tips.json`, `settings.json`); a
`Collection` keeps one file per record in a folder, named by the record's id.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from facilitator.storage import codec
from facilitator.storage.atomic import (
    AtomicJSONStorage,
    DamagedFile,
    SaveFailed,
    backup_path,
    make_private_dir,
    set_aside,
    write_atomic,
)
from facilitator.storage.ids import UnknownId, id_path, ids_in, resolve
from facilitator.storage.migrations import (
    SCHEMA_VERSION,
    MigrationError,
    kind_of,
    meta_table,
    migrate,
)

T = TypeVar("T")
#: A TinyDB document: table name -> record id -> record.
Tables = dict[str, Any]
#: What tells a file changed: inode, size and modification time (a save replaces the file).
Signature = tuple[int, int, int]


@dataclass(frozen=True)
class RecordKind(Generic[T]):
    """How one kind of record is kept in its file."""

    #: The kind written in the file's `_meta` table ("session", "dialogue", ...).
    name: str
    #: The record's tables, all but `_meta`.
    encode: Callable[[T], Tables]
    #: The record from its tables at the current schema; a KeyError, TypeError, ValueError or
    #: AttributeError means content that is not such a record.
    decode: Callable[[Tables], T]
    #: Whether the file has a `_meta` table with schema and kind (all but the settings).
    versioned: bool = True


def single_record(name: str, cls: type[T]) -> RecordKind[T]:
    """A kind kept as one record, "1", of a table named after the kind."""
    return RecordKind(
        name,
        lambda value: {name: {"1": codec.encode(value)}},
        lambda tables: codec.decode(cls, tables[name]["1"]),
    )


class RefusedOverwrite(SaveFailed):
    """The file on disk does not parse, so it is kept as it is rather than written over."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, OSError(None, f"the file on disk is damaged ({reason})"))
        self.damage = reason


def _signature(path: Path) -> Signature | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


class RecordFiles(Generic[T]):
    """Files that each hold one record of `kind`, named by their path."""

    def __init__(self, kind: RecordKind[T], prepare: Callable[[Path], None] | None = None) -> None:
        """`prepare(path)` makes the folders a file is written in (default: its own, owner-only)."""
        self.kind = kind
        self._prepare = prepare or (lambda path: make_private_dir(path.parent))
        #: Files known to hold good data, by signature when last read or written here, so that
        #: the check before overwriting a file costs a stat, not a parse.
        self._good: dict[Path, Signature | None] = {}

    # ------------------------------------------------------------------ reading
    def read_tables(self, path: Path) -> Tables:
        """The file's tables at the current schema; `FileNotFoundError`, or `DamagedFile` if it is
        not a `kind` file this version can read."""
        tables = AtomicJSONStorage(path, create=False).read()
        if tables is None:
            raise FileNotFoundError(path)
        return self._upgrade(path, tables) if self.kind.versioned else tables

    def _upgrade(self, path: Path, tables: Tables) -> Tables:
        try:
            if kind_of(tables) != self.kind.name:
                raise DamagedFile(path, f"not a facilitator {self.kind.name} file", "wrong_kind")
            tables = migrate(tables, SCHEMA_VERSION)
        except MigrationError as error:
            raise DamagedFile(path, str(error)) from error
        schema = tables["_meta"]["1"]["schema"]
        if schema > SCHEMA_VERSION:
            raise DamagedFile(
                path, f"written by a newer version (schema {schema})", "newer_version"
            )
        return tables

    def read(self, path: Path) -> T:
        """The record in `path`, read to the last field; `FileNotFoundError` or `DamagedFile`."""
        tables = self.read_tables(path)
        try:
            return self.kind.decode(tables)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DamagedFile(path, f"unexpected content ({error!r})") from error

    def read_good(self, path: Path) -> T:
        """`read`, remembering the file as good: the next write over it need not read it again."""
        record = self.read(path)
        self._good[path] = _signature(path)
        return record

    # ------------------------------------------------------------------ writing
    def save(self, path: Path, record: T, *, keep_backup: bool = True) -> Path:
        return self.write(path, self.kind.encode(record), keep_backup=keep_backup)

    def write(
        self, path: Path, tables: Tables, *, keep_backup: bool = True, check: bool = True
    ) -> Path:
        """Write a record's tables (made by `kind.encode`, safe to call from a worker thread)
        through TinyDB's storage.

        The previous version is kept as `.bak` with `keep_backup`. Raises `SaveFailed` (an
        `OSError`) when the file cannot be written, and `RefusedOverwrite` (one too) when the file
        on disk does not parse: a damaged file is never written over, only set aside first
        (`check=False` is for a file the caller has just set aside).
        """
        try:
            self._prepare(path)
        except OSError as error:
            raise SaveFailed(path, error) from error
        if check:
            self._check_replaceable(path)
        if self.kind.versioned:
            tables = {**tables, "_meta": meta_table(self.kind.name)}
        AtomicJSONStorage(path, keep_backup=keep_backup).write(tables)
        self._good[path] = _signature(path)
        return path

    def _check_replaceable(self, path: Path) -> None:
        """`RefusedOverwrite` if `path` holds something other than a readable record."""
        if not path.exists() or self._good.get(path, ...) == _signature(path):
            return
        try:
            self.read(path)
        except FileNotFoundError:
            return
        except DamagedFile as error:
            raise RefusedOverwrite(path, error.reason) from error

    def forget(self, path: Path) -> None:
        """The file is gone (deleted): nothing is known of what may take its place."""
        self._good.pop(path, None)

    # ------------------------------------------------------------------ backups
    def restore_backup(self, path: Path) -> T:
        """Make the `.bak` the file again, and return the record it holds.

        The backup is checked first (`FileNotFoundError` if there is none, `DamagedFile` if it is
        bad). The file it replaces is kept beside it as `<name>.damaged-<time>` (or
        `.replaced-<time>` if it was readable), never deleted.
        """
        record = self.read(backup_path(path))
        data = backup_path(path).read_bytes()
        if path.exists():
            try:
                self.read(path)
                label = "replaced"
            except DamagedFile:
                label = "damaged"
            set_aside(path, label)
        write_atomic(path, data, keep_backup=False)  # the backup as it is, byte for byte
        self._good[path] = _signature(path)
        return record


class Collection(RecordFiles[T]):
    """Records of one kind in one folder, one file each: `<folder>/<id>.json`."""

    def __init__(
        self, kind: RecordKind[T], folder: Path, prepare: Callable[[Path], None] | None = None
    ) -> None:
        super().__init__(kind, prepare)
        self.folder = folder

    def path(self, record_id: str) -> Path:
        """The record's file; `UnknownId` if `record_id` is no valid id."""
        return id_path(self.folder, record_id)

    def ids(self) -> list[str]:
        return ids_in(self.folder)

    def resolve(self, prefix: str) -> str:
        """The one stored id starting with `prefix` (`UnknownId`, `AmbiguousId`)."""
        # A whole id, as it is usually given, is found among the file names as they are,
        # without making and sorting a path for each of a thousand files.
        whole = prefix.strip()
        try:
            names = os.listdir(self.folder)
        except OSError:  # no folder, or one that cannot be read: `ids` finds none either
            names = []
        if whole and f"{whole}.json" in names:
            return whole
        return resolve(prefix, self.ids())

    def load(self, record_id: str) -> T:
        """The record; `UnknownId` if there is none, `DamagedFile` if it cannot be read."""
        try:
            return self.read_good(self.path(record_id))
        except FileNotFoundError as error:
            raise UnknownId(record_id) from error

    def readable(self) -> list[T]:
        """Every record that can be read (damaged files are for `doctor` to report)."""
        result = []
        for record_id in self.ids():
            try:
                result.append(self.load(record_id))
            except (DamagedFile, UnknownId):
                continue
        return result

    def load_backup(self, record_id: str) -> T:
        """The last good copy (`.bak`); `UnknownId` if there is none, `DamagedFile` if bad."""
        try:
            return self.read(backup_path(self.path(record_id)))
        except FileNotFoundError as error:
            raise UnknownId(record_id) from error

    def restore(self, record_id: str) -> T:
        """`restore_backup` of the record's file; `UnknownId` if it has no backup."""
        try:
            return self.restore_backup(self.path(record_id))
        except FileNotFoundError as error:
            raise UnknownId(record_id) from error
