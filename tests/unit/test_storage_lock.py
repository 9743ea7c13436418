"""One writer per session: a second instance is told who holds it; a killed holder never blocks."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from facilitator.storage.ids import UnknownId
from facilitator.storage.lock import LockHolder, SessionLock, SessionLocked, lock_state

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from facilitator.storage.lock import SessionLock
    from facilitator.storage.store import Store
    lock = SessionLock(Store(Path({root!r})), {session_id!r})
    lock.acquire()
    print("held", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture()
def holder(store):
    """Another process holding the lock of session "abc123"; killed at the end."""
    script = HOLD.format(root=str(store.root), session_id="abc123")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert child.stdout.readline().strip() == b"held"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=30)


def test_second_instance_is_told_who_holds_the_session(store, holder):
    lock = SessionLock(store, "abc123")
    with pytest.raises(SessionLocked) as locked:
        lock.acquire()
    who = locked.value.holder
    assert who is not None
    assert who.pid == holder.pid
    assert who.host == socket.gethostname()
    assert str(holder.pid) in str(locked.value)
    assert not lock.is_held
    with pytest.raises(subprocess.TimeoutExpired):  # asking who holds it sends it no signal
        holder.wait(timeout=0.5)
    assert lock_state(store, "abc123") == (True, who)


def test_lock_of_a_killed_instance_does_not_block(store, holder):
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    lock = SessionLock(store, "abc123")
    assert lock_state(store, "abc123") == (False, None)
    lock.acquire()
    try:
        record = json.loads(lock.owner_path.read_text())
        assert record["pid"] == os.getpid()  # the stale record was replaced
    finally:
        lock.release()


def test_stale_record_is_not_reported_as_the_holder(store, holder):
    """A holder's record naming a process that is gone is not believed; the lock still holds."""
    lock = SessionLock(store, "abc123")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True)
    record = json.loads(lock.owner_path.read_text())
    record["pid"] = int(dead.stdout)
    lock.owner_path.write_text(json.dumps(record))
    with pytest.raises(SessionLocked) as locked:
        lock.acquire()
    assert locked.value.holder is None
    assert str(locked.value) == "session abc123 is open in another program"


def test_two_locks_in_one_process_exclude_each_other_and_release(store):
    first = SessionLock(store, "abc123")
    with first:
        assert first.is_held
        assert stat.S_IMODE(first.lock_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.owner_path.stat().st_mode) == 0o600
        with pytest.raises(SessionLocked):
            SessionLock(store, "abc123").acquire()
        SessionLock(store, "other1").acquire()  # other sessions are free
    assert not first.is_held
    assert not first.owner_path.exists()
    with SessionLock(store, "abc123") as again:
        assert again.is_held


def test_release_from_another_thread(store):
    import threading

    lock = SessionLock(store, "abc123")
    lock.acquire()
    thread = threading.Thread(target=lock.release)
    thread.start()
    thread.join()
    SessionLock(store, "abc123").acquire()


def test_lock_rejects_a_path_as_session_id(store):
    with pytest.raises(UnknownId):
        SessionLock(store, "../../etc/passwd")


def test_delete_refuses_a_session_open_elsewhere(store, holder):
    from tests.unit.storage_helpers import sample_session

    session = sample_session()
    session.id = "abc123"
    store.save_session(session)
    with pytest.raises(SessionLocked):
        store.delete_session("abc123")
    assert store.load_session("abc123") == session


def _dead_pid() -> int:
    """The id of a process that has ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(done.stdout)


def test_a_lock_held_on_another_computer_is_not_judged_by_a_local_process_id(store, holder):
    """A shared folder: the holder's process id means nothing here, so it is not called stale
    because no local process has that id; the user is told who holds it."""
    lock = SessionLock(store, "abc123")
    record = json.loads(lock.owner_path.read_text())
    record.update(pid=_dead_pid(), host="laptop-anna-elsewhere", user="anna")
    lock.owner_path.write_text(json.dumps(record))
    with pytest.raises(SessionLocked) as locked:
        lock.acquire()
    who = locked.value.holder
    assert who is not None and (who.user, who.host) == ("anna", "laptop-anna-elsewhere")
    assert who.started_at == record["started_at"]
    assert "anna on laptop-anna-elsewhere" in str(locked.value)
    assert locked.value.session_id == "abc123"
    assert lock_state(store, "abc123") == (True, who)


def test_releasing_a_lock_keeps_an_owner_record_written_by_another_process(store):
    lock = SessionLock(store, "abc123")
    lock.acquire()
    theirs = {"pid": _dead_pid(), "user": "anna", "host": "laptop-12", "started_at": "2026"}
    lock.owner_path.write_text(json.dumps(theirs))
    lock.release()
    assert not lock.is_held
    assert json.loads(lock.owner_path.read_text()) == theirs


def test_taking_a_lock_over_a_stale_record_leaves_only_the_lock_and_the_owner_record(store):
    stale = {"pid": _dead_pid(), "user": "anna", "host": socket.gethostname(), "started_at": "x"}
    store.sessions_dir.mkdir(parents=True, exist_ok=True)
    (store.sessions_dir / "abc123.owner").write_text(json.dumps(stale))
    with SessionLock(store, "abc123") as again:
        names = sorted(p.name for p in again.folder.iterdir())
        assert names == ["abc123.lock", "abc123.owner"]
        record = json.loads(again.owner_path.read_text())
        assert (record["pid"], record["host"]) == (os.getpid(), socket.gethostname())
        assert record["user"] == getpass.getuser()
        assert datetime.fromisoformat(record["started_at"]).utcoffset() == timedelta(0)


def test_the_owner_record_names_the_user_id_when_there_is_no_user_name(store, monkeypatch):
    def no_name() -> str:
        raise KeyError("uid not in the password database")

    monkeypatch.setattr(getpass, "getuser", no_name)
    with SessionLock(store, "abc123") as lock:
        assert json.loads(lock.owner_path.read_text())["user"] == str(os.getuid())


def test_the_holder_is_described_in_words_and_local_time(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        holder = LockHolder(4711, "anna", "laptop-12", "2026-03-04T09:02:31+00:00")
        assert holder.describe("en") == "anna on laptop-12 (process 4711) since 2026-03-04 10:02"
        assert holder.describe("sv") == "anna på laptop-12 (process 4711) sedan 2026-03-04 10:02"
        odd = LockHolder(4711, "anna", "laptop-12", "i morse")
        assert odd.describe("en") == "anna on laptop-12 (process 4711) since i morse"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_session_never_opened_is_not_held(store):
    assert lock_state(store, "abc123") == (False, None)
    with SessionLock(store, "abc123"):
        assert lock_state(store, "abc123")[0] is True
    assert lock_state(store, "abc123") == (False, None)


def test_who_has_the_meeting_is_said_in_each_language(monkeypatch):
    """The message a user reads when another program has the meeting, with and without knowing
    who; the exception's own words (for the log) stay English."""
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        holder = LockHolder(4711, "anna", "laptop-12", "2026-03-04T09:02:31+00:00")
        known, unknown = SessionLocked("3f2a", holder), SessionLocked("3f2a", None)
        assert str(known) == "session 3f2a is open in anna on laptop-12 (process 4711) since " \
            "2026-03-04 10:02"
        assert str(unknown) == "session 3f2a is open in another program"
        assert known.who("sv") == "anna på laptop-12 (process 4711) sedan 2026-03-04 10:02"
        assert unknown.who("en") == "another program"
        assert known.text("en") == (
            "Session 3f2a is open in anna on laptop-12 (process 4711) since 2026-03-04 10:02. "
            "Close it there first."
        )
        assert unknown.text("sv") == (
            f"Sessionen 3f2a är öppen hos {unknown.who('sv')}. Stäng den där först."
        )
        assert unknown.who("sv") != "another program"
    finally:
        monkeypatch.undo()
        time.tzset()
