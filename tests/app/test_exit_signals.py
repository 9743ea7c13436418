"""SIGTERM and SIGHUP save the meeting whatever is on top of it (the real signals are sent to
the installed app in tests/e2e/test_crash_tmux.py)."""

from __future__ import annotations

import pytest

from facilitator.domain.session import Status
from facilitator.storage.store import Store
from facilitator.ui import saving
from facilitator.ui.screens.confirm import ConfirmScreen
from tests.app.test_meeting_screen import make_app


async def test_a_signal_while_a_question_is_open_saves_the_meeting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(saving, "SAVE_DELAY", 60)  # only the signal saves the typing
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        qid = session.current_question_id
        await pilot.press(*"Skrivet nyss", "alt+e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen), "asked whether to end the meeting"
        assert qid not in store.load_session(session.id).notes
        app._exit_on_signal()  # what the loop's SIGTERM/SIGHUP handler calls
        await pilot.pause(0.5)
    assert app.return_code == 1
    saved = store.load_session(session.id)
    assert saved.notes[qid] == "Skrivet nyss"
    assert saved.status is Status.RUNNING, "a signal does not end the meeting"
