"""A TinyDB storage that never leaves a half-written file.

TinyDB's stock JSONStorage truncates and rewrites the file in place. This one writes the whole
document to a temporary file in the same folder, fsyncs it, keeps the previous version as
`<name>.bak`, moves the new file over the old with `os.replace` and fsyncs the folder. A file that
does not parse raises `DamagedFile` and is never written over.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from json.encoder import encode_basestring, encode_basestring_ascii
from pathlib import Path
from typing import Any

FILE_MODE = 0o600
DIR_MODE = 0o700


class DamagedFile(Exception):
    """A data file that exists but cannot be read as what it should be.

    `damage` says what is wrong, as one of `storage.damage.KINDS` (worded for users there);
    `reason` is the technical detail, for logs.
    """

    def __init__(self, path: Path, reason: str, damage: str = "bad_content") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.damage = damage


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SaveFailed(OSError):
    """A data file could not be written; the previous version on disk is untouched.

    An `OSError` (errno kept: ENOSPC for a full disk, EROFS/EACCES for a read-only folder), so
    callers may catch either; `reason` says it in words.
    """

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error), str(path))
        self.path = path
        self.reason = error.strerror or str(error)

    def __str__(self) -> str:
        return f"cannot save {self.path}: {self.reason}"


def make_private_dir(folder: Path) -> None:
    """Create `folder` and any missing parents readable by the owner only, whatever the umask.

    Folders that already exist are left as they are (the user may have chosen one).
    """
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(path, DIR_MODE)


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file whole.

    The previous version is kept as `<name>.bak` unless `keep_backup` is false. Raises
    `SaveFailed` (with the temporary file removed and the old file untouched) when it cannot.
    """
    import tempfile  # here: commands that only read do not load it (nor shutil, nor random)

    folder = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as error:
        raise SaveFailed(path, error) from error
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        if keep_backup and path.exists():
            _keep_backup(path)
        replace(tmp, path)
    except BaseException as error:
        tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise SaveFailed(path, error) from error
        raise
    try:
        fsync_dir(folder)
    except OSError as error:
        raise SaveFailed(path, error) from error


#: Windows refuses to replace a file that a sync client (OneDrive) or a virus scanner holds open
#: for a moment, with "access denied" (5) or a sharing violation (32, 33). Such a replace is
#: tried again after each of these pauses (about three seconds in all) before the save fails.
REPLACE_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)
_HELD_OPEN = {5, 32, 33}


def replace(source: Path, target: Path) -> None:
    """`os.replace`, waiting out a file that another program holds open for a moment."""
    for pause in REPLACE_PAUSES:
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            if getattr(error, "winerror", None) not in _HELD_OPEN:
                raise
        time.sleep(pause)
    os.replace(source, target)


#: Temporary files are named `.<name>.<random>.tmp`; one left behind means a write was cut short.
TEMP_SUFFIX = ".tmp"


def _keep_backup(path: Path) -> None:
    """Keep the current (good) version as `.bak`, replacing the older backup atomically."""
    bak = backup_path(path)
    staging = bak.with_name(bak.name + ".new")
    staging.unlink(missing_ok=True)
    try:
        try:
            os.link(path, staging)
        except OSError:  # file systems without hard links: copy instead
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
            with open(os.open(staging, flags, FILE_MODE), "wb") as handle:
                handle.write(path.read_bytes())
        replace(staging, bak)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def set_aside(path: Path, label: str) -> Path:
    """Keep a copy of `path` as `<name>.<label>-<UTC time>` (never over an existing file)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    try:
        os.link(path, aside)
    except OSError:  # file systems without hard links
        write_atomic(aside, path.read_bytes(), keep_backup=False)
    return aside


def read_json(path: Path) -> Any:
    """The parsed content of a JSON data file; `DamagedFile` if it is not valid JSON."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise DamagedFile(
            path, f"cannot be read: {error.strerror or error}", "unreadable"
        ) from error
    if not raw.strip():
        raise DamagedFile(path, "the file is empty", "empty")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DamagedFile(path, f"not valid JSON ({error})", "not_json") from error


def dump_json(data: Any) -> bytes:
    """UTF-8 JSON, compact so that the C encoder does the work (a 10,000-entry session is big).

    Text that cannot be UTF-8 (a lone surrogate from a broken paste) is written as a `\\u` escape
    instead, so that it saves and loads back the same rather than failing the save. A record
    given as bytes is JSON already (made by `json_record`) and is written as it is.
    """
    try:
        return _dumps(data, ensure_ascii=False)
    except UnicodeEncodeError:
        return _dumps(data, ensure_ascii=True)


def json_record(value: Any) -> bytes:
    """`value` as `dump_json` writes it, to be given to it in its place: a saver keeps what did
    not change since its last save, rather than encode it again."""
    try:
        return _ENCODERS[False].encode(value).encode()
    except UnicodeEncodeError:
        return _ENCODERS[True].encode(value).encode()


def _dumps(data: Any, *, ensure_ascii: bool) -> bytes:
    """`json.dumps(data)` (sorted keys, compact), UTF-8. TinyDB tables are encoded record by
    record into the same text: one call of the C encoder holds the interpreter until it is done,
    and a worker thread saving a long meeting would stall typing on the UI thread for as long."""

    dumps = _ENCODERS[ensure_ascii].encode
    if not _is_tables(data):
        return dumps(data).encode()
    # What `dumps` does for text, without its Python-level dispatch (10,000 keys a save).
    string = encode_basestring_ascii if ensure_ascii else encode_basestring
    # One list of pieces joined once: a 10,000-entry session is some 4 MB, copied no more.
    pieces = [b"{"]

    def close(bracket: bytes) -> None:
        """End an object whose members were each followed by a comma."""
        if pieces[-1] is _COMMA:
            pieces[-1] = bracket
        else:
            pieces.append(bracket)

    for name in sorted(data):
        table = data[name]
        pieces += (string(name).encode(), b":{")
        for key in sorted(table):
            value = table[key]
            record = value if type(value) is bytes else dumps(value).encode()
            pieces += (string(key).encode(), b":", record, _COMMA)
        close(b"}")
        pieces.append(_COMMA)
    close(b"}")
    return b"".join(pieces)


def _is_tables(data: Any) -> bool:
    """A dict of dicts with text keys (a TinyDB document)."""
    return (
        isinstance(data, dict)
        and all(isinstance(name, str) and isinstance(table, dict) for name, table in data.items())
        and all(isinstance(key, str) for table in data.values() for key in table)
    )


_COMPACT = (",", ":")
_COMMA = b","
#: `json.dumps` with these options makes a new encoder at every call, and a session is encoded in
#: thousands of calls: one encoder for each `ensure_ascii` (an encoder keeps no state between
#: calls, so threads may share it).
_ENCODERS = {
    flag: json.JSONEncoder(ensure_ascii=flag, sort_keys=True, separators=_COMPACT)
    for flag in (False, True)
}


class AtomicJSONStorage:
    """TinyDB storage over one JSON file, written atomically (see `write_atomic`).

    Every data file is read and written through it (`storage.records`), and so may any TinyDB
    that is given it: `TinyDB(path, storage=AtomicJSONStorage)`. `keep_backup` keeps the version
    a write replaces as `<name>.bak`. It has the methods of TinyDB's `Storage` without deriving
    from it, so that the commands that read files do not load TinyDB.
    """

    def __init__(self, path: str | Path, create: bool = True, keep_backup: bool = True) -> None:
        self.path = Path(path)
        self._create = create
        self._keep_backup = keep_backup

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            data = read_json(self.path)
        except FileNotFoundError:
            return None
        if not isinstance(data, dict):
            raise DamagedFile(self.path, "not a TinyDB document", "wrong_kind")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if not self._create and not self.path.exists():
            raise FileNotFoundError(self.path)
        write_atomic(self.path, dump_json(data), keep_backup=self._keep_backup)

    def close(self) -> None:
        pass
