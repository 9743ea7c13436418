"""The Windows code paths, run here by simulation: files held open by a sync client or a virus
scanner, folders that cannot be fsynced, and paths with spaces and Swedish letters."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from facilitator.storage import atomic
from facilitator.storage.atomic import SaveFailed, write_atomic
from facilitator.storage.lock import SessionLock
from facilitator.storage.store import Store
from tests.unit.storage_helpers import sample_session


def held_open(times: int, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """`os.replace` refuses `times` times with Windows' sharing violation; returns the pauses."""
    real_replace = os.replace
    refusals = iter(range(times))
    pauses: list[float] = []

    def replace(source: object, target: object) -> None:
        if next(refusals, None) is not None:
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic.time, "sleep", pauses.append)
    return pauses


def test_a_file_held_open_for_a_moment_is_saved_once_it_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "möte.json"
    target.write_bytes(b"old")
    pauses = held_open(3, monkeypatch)
    write_atomic(target, b"new notes")
    assert target.read_bytes() == b"new notes"
    assert len(pauses) == 3


def test_a_file_held_open_too_long_fails_the_save_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "möte.json"
    target.write_bytes(b"old")
    pauses = held_open(100, monkeypatch)
    with pytest.raises(SaveFailed):
        write_atomic(target, b"new notes", keep_backup=False)
    assert target.read_bytes() == b"old"
    assert sum(pauses) >= 2, "it waited a few seconds before giving up"
    assert [p.name for p in tmp_path.iterdir()] == ["möte.json"], "no temporary file is left"


def test_a_real_permission_error_is_reported_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(atomic.time, "sleep", pauses.append)

    def denied(source: object, target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", denied)
    with pytest.raises(SaveFailed):
        write_atomic(tmp_path / "a.json", b"x")
    assert pauses == []


def test_folders_are_not_opened_for_fsync_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(atomic.os, "name", "nt")
    monkeypatch.setattr(atomic.os, "open", lambda *args, **kw: opened.append(args))
    atomic.fsync_dir(tmp_path)
    assert opened == []


def test_a_data_folder_with_spaces_and_swedish_letters(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Lillby kommun" / "Upphandling åäö" / "facilitator data"
    store = Store(folder)
    store.ensure()
    session = sample_session("Städ & Fönster i Öster AB")
    store.save_session(session)
    lock = SessionLock(store, session.id)
    lock.acquire()
    try:
        assert store.load_session(session.id).supplier == "Städ & Fönster i Öster AB"
    finally:
        lock.release()
