"""A save that fails or is cut short loses nothing, and a damaged file is never written over."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from facilitator.storage import atomic
from facilitator.storage.atomic import DamagedFile, SaveFailed, backup_path
from facilitator.storage.doctor import diagnose
from facilitator.storage.ids import UnknownId
from facilitator.storage.records import RefusedOverwrite
from facilitator.storage.store import Store
from tests.unit.storage_helpers import sample_session


def _stray_temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp") or p.name.endswith(".new")]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data med mellanslag åäö")


def _saved_twice(store: Store):
    """A session saved once with one note, then changed in memory (not yet saved)."""
    session = sample_session()
    store.save_session(session)
    before = store.session_path(session.id).read_bytes()
    session.notes[session.questions[0].id] = "Ny text som ännu inte sparats"
    return session, before


@pytest.mark.parametrize("target", ["write", "fsync"])
def test_full_disk_keeps_old_file_and_leaves_no_temp_file(store, monkeypatch, target):
    session, before = _saved_twice(store)
    path = store.session_path(session.id)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if target == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", full)
    else:
        real_fdopen = os.fdopen

        class FullHandle:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[: len(data) // 2])
                full()

            def __getattr__(self, name):
                return getattr(self.handle, name)

        monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: FullHandle(real_fdopen(*a, **k)))

    with pytest.raises(SaveFailed) as failed:
        store.save_session(session)
    assert failed.value.errno == errno.ENOSPC
    assert isinstance(failed.value, OSError)  # what a saver catches
    assert "No space left" in failed.value.reason
    assert path.read_bytes() == before
    assert _stray_temp_files(store.sessions_dir) == []
    monkeypatch.undo()
    store.save_session(session)  # a retry once space is free writes the new text
    assert store.load_session(session.id).notes == session.notes


CRASH_BEFORE_REPLACE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from facilitator.storage.store import Store
    store = Store(Path({root!r}))
    session = store.load_session({session_id!r})
    session.notes[session.questions[0].id] = "written but never moved into place"
    os.replace = lambda *args: os._exit(9)
    store.save_session(session)
    """
)


def test_crash_between_write_and_replace_keeps_old_file_and_doctor_reports_it(store):
    session, before = _saved_twice(store)
    script = CRASH_BEFORE_REPLACE.format(root=str(store.root), session_id=session.id)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr.decode()
    assert store.session_path(session.id).read_bytes() == before
    assert store.load_session(session.id).notes != session.notes
    stray = _stray_temp_files(store.sessions_dir)
    assert any(p.name.startswith(f".{session.id}.json.") for p in stray)
    report = diagnose(store)
    for path in stray:
        assert [f.code for f in report.findings if f.path == path] == ["temp_file"]
    assert not report.healthy


def test_read_only_folder_gives_a_clear_error(store, monkeypatch):
    session, before = _saved_twice(store)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(SaveFailed) as failed:
        store.save_session(session)
    assert failed.value.errno == errno.EROFS
    assert failed.value.path == store.session_path(session.id)
    assert "Read-only" in str(failed.value)
    assert store.session_path(session.id).read_bytes() == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root may write anywhere")
def test_folder_without_write_permission_gives_a_clear_error(store):
    session, before = _saved_twice(store)
    store.sessions_dir.chmod(0o500)
    try:
        with pytest.raises(SaveFailed) as failed:
            store.save_session(session)
    finally:
        store.sessions_dir.chmod(0o700)
    assert failed.value.errno in (errno.EACCES, errno.EPERM)
    assert store.session_path(session.id).read_bytes() == before


@pytest.mark.parametrize(
    "damage", [b"", b"{\"_meta\": {\"1\": {\"schema\"", b"\xff\xfe garbage", b"[1, 2, 3]"]
)
def test_damaged_file_is_never_overwritten(store, damage):
    session = sample_session()
    path = store.session_path(session.id)
    store.save_session(session)
    store.save_session(session)
    path.write_bytes(damage)
    with pytest.raises(DamagedFile):
        store.load_session(session.id)
    with pytest.raises(RefusedOverwrite) as refused:
        store.save_session(session)
    assert isinstance(refused.value, OSError)
    assert path.read_bytes() == damage
    assert store.load_backup(session.id) == session  # the last good copy is still there


def test_file_damaged_after_loading_is_not_overwritten(store):
    session = sample_session()
    store.save_session(session)
    store.load_session(session.id)
    path = store.session_path(session.id)
    path.write_bytes(b'{"broken": ')
    with pytest.raises(RefusedOverwrite):
        store.save_session(session)
    assert path.read_bytes() == b'{"broken": '


def test_file_of_a_newer_version_is_not_overwritten(store):
    session = sample_session()
    path = store.save_session(session)
    tables = json.loads(path.read_bytes())
    tables["_meta"]["1"]["schema"] = 99
    path.write_text(json.dumps(tables))
    with pytest.raises(DamagedFile, match="newer version"):
        store.load_session(session.id)
    with pytest.raises(RefusedOverwrite):
        store.save_session(session)


def test_restore_backup_sets_damaged_file_aside(store):
    session = sample_session()
    store.save_session(session)
    first = store.load_session(session.id)
    session.notes[session.questions[1].id] = "andra sparningen"
    store.save_session(session)
    path = store.session_path(session.id)
    path.write_bytes(b"\x00\x00\x00")

    restored = store.restore_backup(session.id)

    assert restored == first
    assert store.load_session(session.id) == first
    aside = [p for p in store.sessions_dir.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == b"\x00\x00\x00"
    store.save_session(session)  # saving works again, and the damaged copy stays
    assert aside[0].exists()
    assert store.load_session(session.id) == session


def test_restore_refuses_a_damaged_backup(store):
    session = sample_session()
    store.save_session(session)
    store.save_session(session)
    path = store.session_path(session.id)
    path.write_bytes(b"nonsense")
    backup_path(path).write_bytes(b"also nonsense")
    with pytest.raises(DamagedFile):
        store.restore_backup(session.id)
    assert path.read_bytes() == b"nonsense"


def test_restore_without_backup_is_unknown(store):
    session = sample_session()
    store.save_session(session)
    with pytest.raises(UnknownId):
        store.restore_backup(session.id)


def test_damaged_settings_are_set_aside_not_lost(store):
    store.update_settings(theme="dark")
    store.settings_path.write_bytes(b"{theme")
    store.update_settings(lang="sv")
    assert store.settings() == {"lang": "sv"}
    aside = [p for p in store.root.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in aside] == [b"{theme"]


def test_files_and_folders_are_private_even_with_open_umask(tmp_path):
    old = os.umask(0)
    try:
        store = Store(tmp_path / "ny" / "mapp")
        session = sample_session()
        store.save_session(session)
        store.save_session(session)
        store.save_dialogue(session.dialogue)
        store.update_settings(theme="dark")
        store.write_minutes(session.id, "sv", "# Protokoll")
    finally:
        os.umask(old)
    for folder in (tmp_path / "ny", store.root, store.sessions_dir, store.dialogues_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = [p for p in store.root.rglob("*") if p.is_file()]
    assert len(files) >= 5
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_lone_surrogate_from_a_broken_paste_saves_and_loads(store):
    session = sample_session()
    session.notes[session.questions[0].id] = "före \udce5 efter"
    store.save_session(session)
    assert store.load_session(session.id) == session


def test_big_sessions_save_and_load_whole(store):
    """A 1 MB paste into the notes and 10,000 log entries in one session."""
    from facilitator.domain.entries import EntryKind
    from tests.conftest import FakeClock

    session = sample_session()
    clock = FakeClock()
    paste = ("Klistrat från mejl: åäö 😀 שלום \x1b[0m\n" * 30_000)[:1_000_000]
    session.notes[session.questions[1].id] = paste
    for i in range(10_000):
        session.log(EntryKind.NOTE, f"post {i}", clock)
    store.save_session(session)
    loaded = store.load_session(session.id)
    assert loaded.notes[session.questions[1].id] == paste
    assert [e.text for e in loaded.entries[-3:]] == ["post 9997", "post 9998", "post 9999"]
    assert loaded == session


def test_full_disk_while_copying_the_backup_leaves_nothing_behind(store, monkeypatch):
    """On file systems without hard links the backup is a copy, which can fail too."""
    session, _ = _saved_twice(store)
    store.save_session(session)
    before = store.session_path(session.id).read_bytes()
    bak_before = backup_path(store.session_path(session.id)).read_bytes()
    session.notes[session.questions[0].id] = "the third version"

    def no_links(*args):
        raise OSError(errno.EPERM, "Operation not permitted")

    real_open = os.open

    def full_open(path, flags, *args):
        if str(path).endswith(".bak.new"):
            fd = real_open(path, flags, *args)
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "link", no_links)
    monkeypatch.setattr(atomic.os, "open", full_open)
    with pytest.raises(SaveFailed):
        store.save_session(session)
    assert store.session_path(session.id).read_bytes() == before
    assert backup_path(store.session_path(session.id)).read_bytes() == bak_before
    assert _stray_temp_files(store.sessions_dir) == []


@pytest.mark.parametrize("damage", [b"", b"{\"_meta\": ", b"\xff\xfe garbage", b"[1, 2, 3]"])
def test_damaged_dialogue_file_is_never_overwritten(store, damage):
    dialogue = sample_session().dialogue
    path = store.save_dialogue(dialogue)
    path.write_bytes(damage)
    with pytest.raises(DamagedFile):
        store.load_dialogue(dialogue.id)
    dialogue.title = "Ändrad titel"
    with pytest.raises(RefusedOverwrite):
        store.save_dialogue(dialogue)
    assert path.read_bytes() == damage
