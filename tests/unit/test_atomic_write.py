"""Writing a data file whole or not at all, keeping the last good version, and reading it back.

Through `storage.atomic`'s public functions: what ends up on disk after a write, a failure or an
interruption, and what a damaged file is reported as.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from pathlib import Path

import pytest

from facilitator.storage import atomic
from facilitator.storage.atomic import (
    AtomicJSONStorage,
    DamagedFile,
    SaveFailed,
    backup_path,
    dump_json,
    make_private_dir,
    read_json,
    replace,
    set_aside,
    write_atomic,
)


def _leftovers(folder: Path) -> list[str]:
    """Temporary and staging files a write left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".new")))


def test_a_new_file_is_written_private_with_no_backup(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = tmp_path / "möte.json"
        write_atomic(path, b"first")
    finally:
        os.umask(old)
    assert path.read_bytes() == b"first"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not backup_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["möte.json"]


def test_each_write_keeps_the_version_before_it_as_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "möte.json"
    write_atomic(path, b"first")
    write_atomic(path, b"second")
    assert backup_path(path) == tmp_path / "möte.json.bak"
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (b"second", b"first")
    write_atomic(path, b"third")
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (b"third", b"second")
    assert _leftovers(tmp_path) == []


def test_a_write_without_backup_leaves_the_old_backup_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    write_atomic(path, b"first")
    write_atomic(path, b"second")
    write_atomic(path, b"third", keep_backup=False)
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (b"third", b"first")


def test_the_backup_is_a_copy_where_hard_links_are_not_allowed(tmp_path, monkeypatch) -> None:
    path = tmp_path / "möte.json"
    write_atomic(path, b"first")

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(path, b"second")
    write_atomic(path, b"third")
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (b"third", b"second")
    assert stat.S_IMODE(backup_path(path).stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_a_failed_move_into_place_keeps_the_old_file_and_says_why(tmp_path, monkeypatch) -> None:
    path = tmp_path / "möte.json"
    write_atomic(path, b"old")

    def refused(source: object, target: object) -> None:
        if str(target) == str(path):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, target)

    real_replace = os.replace
    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(SaveFailed) as failed:
        write_atomic(path, b"new")
    assert failed.value.errno == errno.EIO
    assert failed.value.path == path
    assert failed.value.reason == "Input/output error"
    assert str(failed.value) == f"cannot save {path}: Input/output error"
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path, monkeypatch
) -> None:
    """ctrl+c (or any exception that is not a disk error) in the middle of a write."""
    path = tmp_path / "möte.json"
    write_atomic(path, b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name == "nt", reason="folders are not synced on Windows")
def test_a_folder_that_cannot_be_synced_fails_the_save(tmp_path, monkeypatch) -> None:
    """The new file is in place, but not known to have reached the disk: the save says so."""
    path = tmp_path / "möte.json"
    real_fsync = os.fsync

    def folder_fails(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", folder_fails)
    with pytest.raises(SaveFailed) as failed:
        write_atomic(path, b"new")
    assert failed.value.errno == errno.EIO


def _held_open(*, winerror: int | None) -> PermissionError:
    error = PermissionError(errno.EACCES, "Access is denied")
    if winerror is not None:
        error.winerror = winerror  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_file_held_open_for_a_moment_is_saved_once_it_is_free(
    tmp_path, monkeypatch, winerror: int
) -> None:
    """OneDrive or a virus scanner holding the file on Windows: the move is tried again."""
    path = tmp_path / "möte.json"
    write_atomic(path, b"old")
    real_replace = os.replace
    refusals = [_held_open(winerror=winerror)] * 3
    pauses: list[float] = []

    def busy(source: object, target: object) -> None:
        if str(target) == str(path) and refusals:
            raise refusals.pop()
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", busy)
    monkeypatch.setattr(time, "sleep", pauses.append)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert pauses == list(atomic.REPLACE_PAUSES[:3])


def test_a_file_held_open_for_good_fails_after_about_three_seconds(tmp_path, monkeypatch) -> None:
    path = tmp_path / "möte.json"
    write_atomic(path, b"old")
    tries: list[object] = []
    pauses: list[float] = []

    def always_busy(source: object, target: object) -> None:
        tries.append(target)
        raise _held_open(winerror=32)

    monkeypatch.setattr(os, "replace", always_busy)
    monkeypatch.setattr(time, "sleep", pauses.append)
    with pytest.raises(SaveFailed) as failed:
        write_atomic(path, b"new")
    assert failed.value.errno == errno.EACCES
    assert pauses == list(atomic.REPLACE_PAUSES)
    assert 2.5 <= sum(pauses) <= 4
    assert len(tries) == len(pauses) + 1
    assert path.read_bytes() == b"old"


def test_a_refusal_that_is_not_a_file_held_open_fails_at_once(tmp_path, monkeypatch) -> None:
    pauses: list[float] = []

    def denied(source: object, target: object) -> None:
        raise _held_open(winerror=None)

    monkeypatch.setattr(os, "replace", denied)
    monkeypatch.setattr(time, "sleep", pauses.append)
    with pytest.raises(PermissionError):
        replace(tmp_path / "a", tmp_path / "b")
    assert pauses == []


def test_a_damaged_file_is_set_aside_beside_itself_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "möte.json"
    path.write_bytes(b"{trasig")
    first = set_aside(path, "damaged")
    second = set_aside(path, "damaged")
    assert first != second
    for aside in (first, second):
        assert aside.parent == tmp_path
        assert aside.name.startswith("möte.json.damaged-")
        assert aside.read_bytes() == b"{trasig"
    assert path.read_bytes() == b"{trasig"


def test_setting_aside_copies_where_hard_links_are_not_allowed(tmp_path, monkeypatch) -> None:
    path = tmp_path / "möte.json"
    path.write_bytes(b"{trasig")

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    aside = set_aside(path, "damaged")
    assert aside.name.startswith("möte.json.damaged-")
    assert aside.read_bytes() == b"{trasig"
    assert not backup_path(aside).exists()
    path.write_bytes(b"{}")
    assert aside.read_bytes() == b"{trasig", "a copy, not the same file"


def test_folders_are_made_private_and_folders_that_exist_are_left_alone(tmp_path) -> None:
    mine = tmp_path / "vald"
    mine.mkdir(mode=0o755)
    mine.chmod(0o755)
    old = os.umask(0)
    try:
        make_private_dir(mine / "a" / "b")
        make_private_dir(mine / "a" / "b")  # once more: nothing to do
    finally:
        os.umask(old)
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755
    for folder in (mine / "a", mine / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("content", "damage", "words"),
    [
        (b"", "empty", "the file is empty"),
        (b" \n\t", "empty", "the file is empty"),
        (b'{"a": ', "not_json", "not valid JSON"),
        (b"\xff\xfe{}", "not_json", "not valid JSON"),
    ],
)
def test_a_damaged_file_says_what_is_wrong(tmp_path, content, damage, words) -> None:
    path = tmp_path / "möte.json"
    path.write_bytes(content)
    with pytest.raises(DamagedFile) as damaged:
        read_json(path)
    assert damaged.value.damage == damage
    assert damaged.value.path == path
    assert damaged.value.reason.startswith(words)
    assert str(damaged.value) == f"{path}: {damaged.value.reason}"


def test_a_file_that_cannot_be_read_is_damaged_and_a_missing_one_is_missing(tmp_path) -> None:
    folder = tmp_path / "möte.json"
    folder.mkdir()  # a folder where the file should be
    with pytest.raises(DamagedFile) as damaged:
        read_json(folder)
    assert damaged.value.damage == "unreadable"
    assert damaged.value.reason.startswith("cannot be read: ")
    with pytest.raises(FileNotFoundError):
        read_json(tmp_path / "saknas.json")


def test_json_is_written_in_utf8_and_reads_back_the_same(tmp_path: Path) -> None:
    data = {
        "sessions": {"2": {"text": "Åsa säger 😀", "n": [1, 2.5, None, True]}, "10": {}},
        "_meta": {"1": {"version": 3}},
    }
    path = tmp_path / "möte.json"
    write_atomic(path, dump_json(data))
    assert "Åsa säger 😀".encode() in path.read_bytes()
    assert read_json(path) == data
    for other in ([1, "två"], {"a": 1, "b": {"c": "d"}}, "text", {"t": {1: "x"}}):
        assert json.loads(dump_json(other)) == json.loads(json.dumps(other))


def test_text_that_cannot_be_utf8_is_escaped_and_reads_back_the_same(tmp_path: Path) -> None:
    data = {"sessions": {"1": {"text": "före \udce5 efter åäö"}}}
    path = tmp_path / "möte.json"
    write_atomic(path, dump_json(data))
    assert read_json(path) == data


def test_the_tinydb_storage_reads_nothing_from_a_missing_file_and_refuses_a_list(tmp_path) -> None:
    path = tmp_path / "möte.json"
    storage = AtomicJSONStorage(path)
    assert storage.read() is None
    storage.write({"_default": {"1": {"a": "å"}}})
    assert storage.read() == {"_default": {"1": {"a": "å"}}}
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(DamagedFile) as damaged:
        storage.read()
    assert damaged.value.damage == "wrong_kind"
    storage.close()


def test_the_tinydb_storage_does_not_create_a_file_it_should_only_update(tmp_path) -> None:
    path = tmp_path / "möte.json"
    storage = AtomicJSONStorage(str(path), create=False)
    with pytest.raises(FileNotFoundError):
        storage.write({"_default": {}})
    assert not path.exists()
    path.write_bytes(b"{}")
    storage.write({"_default": {"1": {"a": 1}}})
    assert read_json(path) == {"_default": {"1": {"a": 1}}}
