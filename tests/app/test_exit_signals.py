"""SIGTERM and SIGHUP save the meeting whatever is on top of it (the real signals are sent to
the installed app in tests/e2e/test_crash_tmux.py)."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

import pytest

from facilitator.domain.session import Status
from facilitator.storage.store import Store
from facilitator.ui import saving
from facilitator.ui.screens.confirm import ConfirmScreen
from tests.app.helpers import demo_meeting, make_app


async def test_a_signal_while_a_question_is_open_saves_the_meeting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(saving, "SAVE_DELAY", 60)  # only the signal saves the typing
    app = make_app(store, session=demo_meeting())
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


async def test_closing_the_windows_console_window_saves_the_meeting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: the event loop takes no signal handlers, and closing the console window sends
    CTRL_CLOSE_EVENT, which Python receives as SIGBREAK through the C runtime's handler."""
    monkeypatch.setattr(saving, "SAVE_DELAY", 60)
    monkeypatch.setattr(signal, "SIGBREAK", 21, raising=False)
    monkeypatch.delattr(signal, "SIGHUP", raising=False)  # Windows has none
    installed: dict[int, Callable[..., object]] = {}

    def no_loop_handlers(self: object, number: int, *args: object) -> None:
        raise NotImplementedError  # as Windows' ProactorEventLoop does

    monkeypatch.setattr(asyncio.SelectorEventLoop, "add_signal_handler", no_loop_handlers)
    monkeypatch.setattr(signal, "signal", lambda number, handler: installed.setdefault(
        number, handler))
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        qid = session.current_question_id
        await pilot.press(*"Sagt före stängning")
        assert 21 in installed, "a handler for SIGBREAK is installed"
        installed[21](21, None)  # the console window is closed
        await pilot.pause(0.5)
    assert app.return_code == 1
    assert store.load_session(session.id).notes[qid] == "Sagt före stängning"
