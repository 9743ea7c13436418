"""Hostile input in the installed app in a real terminal: a 1 MB paste in a 40x12 window, and a
supplier name made of terminal codes, in a data folder whose path has spaces and åäö."""

from __future__ import annotations

import time
from pathlib import Path

from facilitator.storage.store import Store
from tests.e2e.tmux_app import TmuxApp, needs_tmux

pytestmark = needs_tmux


def test_a_1_mb_paste_in_a_40x12_terminal_is_saved_whole(tmp_path: Path) -> None:
    data = tmp_path / "data med mellanslag åäö"
    app = TmuxApp(data, width=40, height=12)
    line = "Leverantören beskriver jouren: åtgärd inom fyra timmar, även helger."
    text = "\n".join(f"{n:05d} {line}" for n in range(14_000))
    assert len(text.encode("utf-8")) > 1_000_000
    clipboard = tmp_path / "urklipp.txt"
    clipboard.write_text(text, encoding="utf-8")
    try:
        app.start("demo")
        app.wait_for("Anteckn")
        pasted_at = time.time()
        app.tmux("load-buffer", "-b", "urklipp", str(clipboard))
        app.tmux("paste-buffer", "-p", "-b", "urklipp", "-t", "app")  # bracketed, as terminals do
        app.wait_for("13999 Leverantören", timeout=15)
        shown_after = time.time() - pasted_at
        app.type(" Slut.")
        store = Store(data)
        deadline = time.time() + 10
        notes = ""
        while time.time() < deadline and not notes.endswith(" Slut."):
            (session_id,) = store.session_ids()
            notes = store.load_session(session_id).notes.get("q1", "")
            time.sleep(0.1)
        size = store.session_path(session_id).stat().st_size
    finally:
        app.close()
    print(f"\n1 MB paste at 40x12: on screen after {shown_after:.2f} s; file {size / 1e6:.2f} MB")
    assert notes == text + " Slut."


def test_a_supplier_named_with_terminal_codes_is_shown_as_text(tmp_path: Path) -> None:
    app = TmuxApp(tmp_path / "data med mellanslag åäö")
    supplier = "Röd\x1b[31m AB\x07 \x1b[2J שלום \u202eBA"
    try:
        app.start("demo", "--supplier", supplier)
        # The clear-screen code did not clear the screen: the rest of the meeting screen shows.
        screen = app.wait_for("Röd[31m AB [2J", "Anteckningar")
        assert "\\u" not in screen, "never shown as escapes"
        assert "Frågor" in screen
        coloured = app.tmux("capture-pane", "-p", "-e", "-t", "app").splitlines()[0]
        assert "\x1b[31m AB" not in coloured, "the supplier's own colour code is not obeyed"
    finally:
        app.close()
