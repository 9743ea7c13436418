"""The installed app in a real terminal loses no more than the last second of typing, however it
ends: killed outright (SIGKILL), stopped (SIGTERM), or its terminal closed (SIGHUP).

Each test runs `facilitator --data-dir "<folder with spaces and åäö>" demo` in a detached tmux
session at 80x24, types notes as a facilitator would, ends the process, and reads what was saved:
from the session file, and on screen after starting the app again.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest

from facilitator.domain.session import Session, Status
from facilitator.storage.lock import SessionLock
from facilitator.storage.store import Store
from tests.e2e.tmux_app import TmuxApp, needs_tmux, process_gone

pytestmark = needs_tmux

#: Typing older than this many seconds when the process is killed must be on disk.
MAY_LOSE = 1.0
FIRST_QUESTION = ["Leverantören ", "har jour ", "dygnet runt. "]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data med mellanslag åäö"


@pytest.fixture
def tmux(data: Path):
    app = TmuxApp(data)
    yield app
    app.close()


def the_session(data: Path) -> Session:
    store = Store(data)
    (session_id,) = store.session_ids()
    return store.load_session(session_id)


def type_meeting(app: TmuxApp, words: int) -> list[tuple[str, float]]:
    """Notes on question 1, a mismatch, then `words` chunks on question 2 as fast as a quick typist
    (the last one just now); the chunks on question 2 with the time each was typed."""
    app.wait_for("Anteckningar · 1")
    for chunk in FIRST_QUESTION:
        app.type(chunk)
        time.sleep(0.1)
    app.key("M-n")
    app.wait_for("Anteckningar · 2")
    app.key("M-m")
    app.type("Kräver ISO 14001")
    app.key("Enter")
    app.wait_for("Kräver ISO 14001")
    typed = []
    for number in range(words):
        chunk = f"ord{number:02d} "
        typed.append((chunk, app.type(chunk)))
        if number < words - 1:
            time.sleep(0.2)
    return typed


def assert_first_question_and_mismatch(session: Session) -> None:
    q1, q2 = session.questions[:2]
    assert session.notes[q1.id] == "".join(FIRST_QUESTION)
    assert [(e.kind.value, e.text, e.question_id) for e in session.entries] == [
        ("mismatch", "Kräver ISO 14001", q2.id)
    ]


def test_sigkill_loses_at_most_the_last_second_of_typing(tmux: TmuxApp, data: Path) -> None:
    started = time.time()
    pid = tmux.start("demo")
    typed = type_meeting(tmux, words=12)
    killed_at = time.time()
    os.kill(pid, signal.SIGKILL)
    assert process_gone(pid)

    session = the_session(data)
    assert_first_question_and_mismatch(session)
    q2 = session.questions[1].id
    saved = session.notes.get(q2, "")
    everything = "".join(chunk for chunk, _ in typed)
    required = "".join(chunk for chunk, at in typed if at < killed_at - MAY_LOSE)
    assert everything.startswith(saved), "saved text is what was typed, in order"
    assert saved.startswith(required), f"lost more than {MAY_LOSE} s of typing: {saved!r}"
    lost = [chunk for chunk, _ in typed if chunk not in saved]
    print(f"\nSIGKILL: {len(typed) - len(lost)}/{len(typed)} chunks on disk, lost {lost}")
    assert session.status is Status.RUNNING

    # Started again, the app offers the meeting with its clock and shows the saved notes.
    tmux.start()
    offer = tmux.wait_for("Återuppta mötet med Exempel Bygg AB")
    shown = re.search(r"mötesklockan\s+står\s+på\s+(\d+):(\d\d)", " ".join(offer.split()))
    assert shown, offer
    seconds = int(shown[1]) * 60 + int(shown[2])
    assert typed[-1][1] - typed[0][1] - 1 <= seconds <= time.time() - started + 1
    tmux.key("j")
    # The clock ran on while the app was gone: asked whether the meeting went on (it did).
    tmux.wait_for("Appen var stängd i")
    tmux.key("j")
    tmux.wait_for("Anteckningar · 2", *saved.split())
    tmux.key("M-p")
    tmux.wait_for("Anteckningar · 1", "Leverantören har jour dygnet runt.")


@pytest.mark.parametrize("signal_name", ["SIGHUP", "SIGTERM"])
def test_a_signal_right_after_typing_saves_everything_and_exits_cleanly(
    tmux: TmuxApp, data: Path, signal_name: str
) -> None:
    pid = tmux.start("demo")
    typed = type_meeting(tmux, words=4)
    os.kill(pid, getattr(signal, signal_name))
    assert tmux.exit_status() == 1, "ended by a signal, not by the user"

    session = the_session(data)
    assert_first_question_and_mismatch(session)
    assert session.notes[session.questions[1].id] == "".join(chunk for chunk, _ in typed)
    assert session.status is Status.RUNNING, "the meeting is not ended by a closed window"
    store = Store(data)
    assert not (store.sessions_dir / f"{session.id}.owner").exists(), "the lock was given back"


def test_closing_the_terminal_saves_everything_and_frees_the_session(
    tmux: TmuxApp, data: Path
) -> None:
    pid = tmux.start("demo")
    typed = type_meeting(tmux, words=4)
    # Keys still on their way when a terminal closes are dropped by the system with it; what the
    # app has shown, which is not yet due to be saved (typing is saved after 0.5 s), must be.
    tmux.wait_for(typed[-1][0].strip())
    tmux.tmux("kill-session", "-t", "app")  # what closing the window does: SIGHUP, no terminal
    assert process_gone(pid, timeout=6), "the app does not hang without its terminal"

    session = the_session(data)
    assert_first_question_and_mismatch(session)
    assert session.notes[session.questions[1].id] == "".join(chunk for chunk, _ in typed)
    assert session.status is Status.RUNNING
    with SessionLock(Store(data), session.id):
        pass  # nobody holds the session any more


def test_typing_is_on_disk_within_a_second(tmux: TmuxApp, data: Path) -> None:
    """Measured from the moment tmux has taken the keys to the moment the file holds them."""
    tmux.start("demo")
    tmux.wait_for("Anteckningar · 1")
    delays = []
    for number in range(5):
        word = f"mätning{number} "
        typed_at = tmux.type(word)
        needle = word.encode("utf-8")
        while time.time() - typed_at < 3:
            files = list((data / "sessions").glob("*.json"))
            if files and needle in files[0].read_bytes():
                break
            time.sleep(0.005)
        delays.append(time.time() - typed_at)
        time.sleep(0.3)
    print(f"\nkeystroke to disk: {', '.join(f'{d:.2f}' for d in delays)} s")
    assert max(delays) < 1.0
