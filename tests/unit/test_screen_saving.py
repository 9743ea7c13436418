"""Saving what a screen edits (`ui.saving`): typing reaches the disk shortly after the first
keystroke and every time after, a read-only window never writes, and a failed save is shown, in
the user's language, until a save works again."""

from __future__ import annotations

import asyncio
import errno
import os
import time
from collections.abc import Callable
from datetime import datetime, timezone

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import Session, new_session
from facilitator.i18n import os_reason, t
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui import saving
from facilitator.ui.open_meeting import OpenMeeting
from facilitator.ui.saving import ScreenSaver, refresh_minutes_files, save_open_sessions
from tests.conftest import FakeClock

FULL = OSError(errno.ENOSPC, "No space left on device")


class Editing(Screen[None]):
    """A screen editing a session, with the failure banner the meeting screens have."""

    def __init__(self, store: Store, session: Session, *, banner: bool = True) -> None:
        super().__init__()
        self.banner = banner
        self.saving = ScreenSaver(self, OpenMeeting(store, session), "sv")

    def compose(self) -> ComposeResult:
        if self.banner:
            banner = Static("", id="save-error")
            banner.display = False
            yield banner


class Host(App[None]):
    def __init__(self, screen: Editing) -> None:
        super().__init__()
        self.editing = screen

    def on_mount(self) -> None:
        self.push_screen(self.editing)


class Disk:
    """A disk that can be made full: writing a file fails with ENOSPC."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if self.full:
                raise FULL
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)


def _session(store: Store) -> Session:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    store.save_session(session)
    return session


def _type(session: Session, text: str) -> None:
    session.set_note(session.questions[0].id, text, FakeClock())


def _on_disk(store: Store, session: Session) -> str:
    return store.load_session(session.id).notes.get(session.questions[0].id, "")


async def _until(check: Callable[[], bool], seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        await asyncio.sleep(0.02)
    return check()


def _banner(screen: Editing) -> str | None:
    banner = screen.query_one("#save-error", Static)
    return str(banner.render()) if banner.display else None


async def test_typing_reaches_the_disk_shortly_after_the_first_keystroke_every_time(
    store: Store,
) -> None:
    session = _session(store)
    screen = Editing(store, session)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        for text in ("Första", "Första andra", "Första andra tredje"):
            typed = time.monotonic()
            _type(session, text)
            screen.saving.changed()
            assert _on_disk(store, session) != text, "not at every keystroke"
            assert await _until(lambda text=text: _on_disk(store, session) == text)
            assert time.monotonic() - typed < SAVE_DELAY + 2
        _type(session, "Sparad direkt")
        screen.saving.changed(now=True)
        assert await _until(lambda: _on_disk(store, session) == "Sparad direkt", SAVE_DELAY / 2)
        _type(session, "Skrivet efteråt")
        screen.saving.changed()
        assert await _until(lambda: _on_disk(store, session) == "Skrivet efteråt")


async def test_a_read_only_window_never_writes_its_copy(store: Store) -> None:
    session = _session(store)
    writer = store.load_session(session.id)
    screen = Editing(store, session)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        screen.saving.meeting.read_only = True
        _type(writer, "Skrivet i det andra fönstret")
        store.save_session(writer)
        _type(session, "Gammal kopia")
        screen.saving.changed()
        screen.saving.changed(now=True)
        await asyncio.sleep(SAVE_DELAY + 0.3)
        assert screen.saving.save_now() is True
        assert save_open_sessions([screen]) is True
    assert _on_disk(store, session) == "Skrivet i det andra fönstret"


async def test_a_failed_save_is_shown_until_a_save_works_and_then_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(saving, "RETRY_DELAY", 0.3)
    disk = Disk(monkeypatch)
    session = _session(store)
    screen = Editing(store, session)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        assert _banner(screen) is None
        disk.full = True
        _type(session, "Skrivet när disken var full")
        screen.saving.changed(now=True)
        message = t(
            "SAVE FAILED ({reason}). The text is kept in memory; retrying…",
            "sv",
            reason=os_reason(FULL, "sv"),
        )
        assert await _until(lambda: _banner(screen) == message)
        assert _on_disk(store, session) == ""
        disk.full = False  # space freed: the retry saves without another keystroke
        assert await _until(lambda: _on_disk(store, session) == "Skrivet när disken var full")
        assert await _until(lambda: _banner(screen) is None)


async def test_saving_at_once_says_whether_the_meeting_is_on_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    first, second = _session(store), _session(store)
    one, two = Editing(store, first), Editing(store, second)
    async with Host(one).run_test() as pilot:
        await pilot.pause()
        app = pilot.app
        await app.push_screen(two)
        await pilot.pause()
        _type(first, "Ett")
        _type(second, "Två")
        assert save_open_sessions(app.screen_stack) is True
        assert (_on_disk(store, first), _on_disk(store, second)) == ("Ett", "Två")
        disk.full = True
        _type(second, "Två, ändrat")
        assert two.saving.save_now() is False
        assert _banner(two) is not None, "the failure is shown at once"
        _type(first, "Ett, ändrat")
        assert save_open_sessions(app.screen_stack) is False
        disk.full = False
        assert one.saving.save_now() is True and two.saving.save_now() is True
        assert _banner(two) is None
    assert (_on_disk(store, first), _on_disk(store, second)) == ("Ett, ändrat", "Två, ändrat")


async def test_a_screen_without_a_banner_shows_a_failed_save_as_an_error_notice(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    session = _session(store)
    screen = Editing(store, session, banner=False)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        disk.full = True
        _type(session, "Text")
        assert screen.saving.save_now() is False
        await pilot.pause()
        notices = list(pilot.app._notifications)
        message = t(
            "SAVE FAILED ({reason}). The text is kept in memory; retrying…",
            "sv",
            reason=os_reason(FULL, "sv"),
        )
        assert [(n.message, n.severity) for n in notices] == [(message, "error")]


async def test_a_failed_save_whose_reason_has_brackets_is_told_as_it_is(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A system's own words naming a folder like markup ("[b]Möten") reach the error notice of a
    screen without a banner as they are, not read as markup."""
    session = _session(store)

    def refused(fd: int) -> None:
        raise OSError(errno.ENOLCK, "Låset i [b]Möten[/b] saknas")

    monkeypatch.setattr(os, "fsync", refused)
    screen = Editing(store, session, banner=False)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        _type(session, "Text")
        assert screen.saving.save_now() is False
        await pilot.pause()
        (notice,) = list(pilot.app._notifications)
        assert "(Låset i [b]Möten[/b] saknas)" in notice.message
        assert notice.markup is False, "shown as it is, not read as markup"


async def test_a_reason_with_brackets_is_shown_as_it_is(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder named like markup ("[b]Protokoll") in the reason is not taken as markup."""
    session = _session(store)
    store.write_minutes(session.id, "sv", "# Minnesanteckningar")

    def refused(fd: int) -> None:
        raise OSError(errno.EACCES, "Åtkomst nekad: [b]Protokoll[/b]")

    monkeypatch.setattr(os, "fsync", refused)
    screen = Editing(store, session)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        refresh_minutes_files(screen, store, session, "sv", datetime.now(timezone.utc))
        await pilot.pause()
        (notice,) = list(pilot.app._notifications)
        assert "[b]Protokoll[/b]" in notice.message
        assert notice.markup is False, "shown as it is, not read as markup"


async def test_minutes_files_that_cannot_be_written_again_are_reported(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(store)
    store.write_minutes(session.id, "sv", "# Minnesanteckningar")
    disk = Disk(monkeypatch)
    screen = Editing(store, session)
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    async with Host(screen).run_test() as pilot:
        await pilot.pause()
        refresh_minutes_files(screen, store, session, "sv", now)
        assert list(pilot.app._notifications) == []
        disk.full = True
        refresh_minutes_files(screen, store, session, "sv", now)
        await pilot.pause()
        notices = list(pilot.app._notifications)
        message = t(
            "The minutes could not be saved: {reason}", "sv", reason="No space left on device"
        )
        assert [(n.message, n.severity) for n in notices] == [(message, "error")]
