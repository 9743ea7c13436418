"""The keymap file changes the app's keys; a Mac's Option key typing characters is explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.storage.store import Store
from facilitator.ui import terminal
from facilitator.ui.widgets.log_panel import LogPanel
from facilitator.ui.widgets.status_line import StatusLine
from tests.app.helpers import Notices, demo_meeting, make_app, settle


async def test_a_key_remapped_in_the_keymap_file_moves_to_the_next_question(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text('{"meeting.next_question": "ctrl+j"}')
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        first = session.current_question_id
        await pilot.press("alt+n")
        await pilot.pause()
        assert session.current_question_id == first, "alt+n is no longer bound"
        await pilot.press("ctrl+j")
        await pilot.pause()
        assert session.current_question_id == session.questions[1].id


async def test_the_hints_name_the_keys_the_keymap_file_gives(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text('{"meeting.toggle_clock": "f5", "meeting.quick_log_mismatch": "f6"}')
    app = make_app(store, "sv", session=demo_meeting())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        status = str(app.screen.query_one(StatusLine).render())
        log = str(app.screen.query_one(LogPanel).render())
        assert "f5 startar" in status and "alt+s" not in status
        assert "f6 mismatch" in log and "alt+t tips" in log and "alt+m" not in log


async def test_the_apps_own_help_key_can_be_remapped_without_a_warning(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text('{"facilitator_app.help": "f2"}')
    app = make_app(store, "en", session=demo_meeting())
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        assert not [m for m in told.messages if "unknown ids" in m]


async def test_a_damaged_keymap_file_is_named_in_swedish_and_the_app_runs(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text("{inte json")
    app = make_app(store, session=demo_meeting())
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await pilot.press("alt+n")
        await pilot.pause()
        messages = told.messages
        assert any("Tangentfilen" in m and "inte JSON" in m for m in messages)
        assert app.screen.session.current_question_id == app.screen.session.questions[1].id


async def test_option_typing_mu_on_a_mac_says_once_how_to_set_the_terminal(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terminal.sys, "platform", "darwin")
    app = make_app(store, "en", session=demo_meeting())
    notices = Notices()
    async with app.run_test(size=(80, 24), message_hook=notices) as pilot:
        await pilot.press("µ", "µ")
        await pilot.pause()
        told = [message for message in notices.messages if "Option" in message]
        assert len(told) == 1 and "alt+m" in told[0] and "Meta" in told[0]


async def test_an_unknown_id_in_the_keymap_file_is_named_and_the_other_keys_work(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text('{"meeting.next_question": "ctrl+j", "meeting.no_such_key": "f9"}')
    app = make_app(store, "en", session=demo_meeting())
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+j")
        await settle(app, pilot)
        assert app.screen.session.current_question_id == app.screen.session.questions[1].id
        assert [m for m in told.messages if "names unknown ids: meeting.no_such_key" in m]
