"""A TinyDB storage that never leaves a half-written file.

TinyDB's stock JSONStorage truncates and rewrites the file in place. This one writes the whole
document to a temporary file in the same folder, fsyncs it, keeps the previous version as
`<name>.bak`, moves the new file over the old with `os.replace` and fsyncs the folder. A file that
does not parse raises `DamagedFile` and is never written over.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

FILE_MODE = 0o600
DIR_MODE = 0o700


class DamagedFile(Exception):
    """A data file that exists but cannot be read as what it should be."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


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


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file whole."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        if path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


def _keep_backup(path: Path) -> None:
    """Keep the current (good) version as `.bak`, replacing the older backup atomically."""
    bak = backup_path(path)
    staging = bak.with_name(bak.name + ".new")
    staging.unlink(missing_ok=True)
    try:
        os.link(path, staging)
    except OSError:  # file systems without hard links: copy instead
        staging.write_bytes(path.read_bytes())
    os.replace(staging, bak)


def read_json(path: Path) -> Any:
    """The parsed content of a JSON data file; `DamagedFile` if it is not valid JSON."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as error:
        raise DamagedFile(path, f"cannot be read: {error.strerror or error}") from error
    if not raw.strip():
        raise DamagedFile(path, "the file is empty")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DamagedFile(path, f"not valid JSON ({error})") from error


def dump_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file, written atomically."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        self._create = create

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            data = read_json(self.path)
        except FileNotFoundError:
            return None
        if not isinstance(data, dict):
            raise DamagedFile(self.path, "not a TinyDB document")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if not self._create and not self.path.exists():
            raise FileNotFoundError(self.path)
        write_atomic(self.path, dump_json(data))

    def close(self) -> None:
        pass
