"""Keys typed in one burst land where the facilitator meant them, in the installed app."""

from __future__ import annotations

import time
from pathlib import Path

from facilitator.storage.store import Store
from tests.e2e.tmux_app import TmuxApp, needs_tmux

pytestmark = needs_tmux


def test_text_typed_right_after_tab_lands_in_the_next_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = TmuxApp(data)
    try:
        app.start("demo")
        app.wait_for("Anteckningar · 1")
        app.key("M-m")
        app.wait_for("Mismatch")
        # One burst: text, Tab, text, Enter, as tmux delivers a fast typist's keys.
        app.tmux("send-keys", "-t", "app", "Kan inte leverera VVS", "Tab", "Städ 2027", "Enter")
        deadline = time.monotonic() + 10
        store = Store(data)
        while time.monotonic() < deadline:
            ids = store.session_ids()
            if ids and store.load_session(ids[0]).entries:
                break
            time.sleep(0.1)
        (entry,) = store.load_session(store.session_ids()[0]).entries
        assert (entry.text, entry.future_needs) == ("Kan inte leverera VVS", "Städ 2027")
    finally:
        app.close()


def test_text_typed_right_after_enter_in_the_quick_log_lands_in_the_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = TmuxApp(data)
    try:
        app.start("demo")
        app.wait_for("Anteckningar · 1")
        app.key("M-i")
        app.wait_for("Marknadsinsikt")
        app.tmux("send-keys", "-t", "app", "Brist på elektriker", "Enter", "Och sedan")
        app.wait_for("Och sedan")
        store = Store(data)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            session = store.load_session(store.session_ids()[0])
            if session.notes.get("q1") == "Och sedan":
                break
            time.sleep(0.1)
        assert [e.text for e in session.entries] == ["Brist på elektriker"]
        assert session.notes.get("q1") == "Och sedan"
    finally:
        app.close()
