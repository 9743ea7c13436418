"""A disk that fills up during a meeting: the failure is shown until a save succeeds, the text
stays in the editor and the session, saving is retried, and the file on disk is never cut short."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui import saving
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.helpers import Disk, Notices, demo_meeting, make_app, settle

#: Seconds between retries in these tests.
RETRY_DELAY = 0.5


def banner_text(screen: MeetingScreen) -> str | None:
    banner = screen.query_one("#save-error", Static)
    return str(banner.render()) if banner.display else None


@pytest.mark.parametrize(
    ("read_only", "reason"),
    [(False, "the disk is full"), (True, "read-only file system")],
    ids=["full-disk", "read-only-folder"],
)
async def test_a_full_disk_is_shown_until_saving_works_again_and_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, read_only: bool, reason: str
) -> None:
    disk = Disk(monkeypatch, read_only=read_only)
    monkeypatch.setattr(saving, "RETRY_DELAY", RETRY_DELAY)  # retried sooner, for a quick test
    app = make_app(store, "en", session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        q1, q2 = (q.id for q in screen.session.questions[:2])
        path = store.session_path(screen.session.id)
        await pilot.press(*"Saved. ")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot, after_typing=True)
        assert store.load_session(screen.session.id).notes[q1] == "Saved. "
        assert banner_text(screen) is None
        on_disk = path.read_bytes()

        disk.full = True
        await pilot.press(*"Kept.")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot, after_typing=True)
        shown = banner_text(screen)
        assert shown is not None and reason in shown
        assert screen.query_one("#notes", TextArea).text == "Saved. Kept."
        assert screen.session.notes[q1] == "Saved. Kept."
        assert path.read_bytes() == on_disk, "the last good file is left whole"
        assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]

        # Saving is retried while the disk stays full; the banner stays, and so does new work.
        attempts = disk.refused
        await pilot.press("alt+n", *"Two")
        await pilot.pause(RETRY_DELAY + 0.3)
        await settle(app, pilot, after_typing=True)
        assert disk.refused >= attempts + 2, "moving on saves at once, then it is retried"
        assert banner_text(screen) is not None
        assert path.read_bytes() == on_disk

        disk.full = False
        await pilot.pause(RETRY_DELAY + 0.3)
        await settle(app, pilot, after_typing=True)
        assert banner_text(screen) is None, "the banner goes once a save succeeds"
        saved = store.load_session(screen.session.id)
        assert saved.notes == {q1: "Saved. Kept.", q2: "Two"}


async def test_a_failure_reported_after_a_later_success_does_not_bring_the_banner_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    app = make_app(store, "en", session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        disk.full = True
        failed = screen.saving.saver.snapshot()
        assert not screen.saving.saver.write(failed)
        disk.full = False
        await pilot.press(*"x", "alt+n")  # moving on saves at once, and it works
        await settle(app, pilot, after_typing=True)
        screen.saving._after_write(False)  # the failed write's report, arriving last
        await pilot.pause()
        assert banner_text(screen) is None


async def test_quitting_while_saves_fail_warns_once_and_keeps_the_notes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    app = make_app(store, "en", session=demo_meeting())
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        qid = screen.session.current_question_id
        disk.full = True
        await pilot.press(*"Only in memory")
        await pilot.press("ctrl+q")
        await settle(app, pilot, after_typing=True)
        assert app.is_running and app.screen is screen, "the first quit keeps the app open"
        assert any("only in memory" in message for message in told.messages)
        disk.full = False
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
    assert store.load_session(screen.session.id).notes[qid] == "Only in memory"


async def test_quitting_twice_while_saves_fail_leaves_anyway(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    app = make_app(store, "en", session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        disk.full = True
        await pilot.press(*"Lost by choice", "ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
