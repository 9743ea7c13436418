"""What every screen shares: an unexpected error in background work reaches the user and the
error log; a result that arrives after its screen closed is dropped; a meeting's lock travels
with it from screen to screen."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot

from facilitator.domain.booking import Booking
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.participants import Participant
from facilitator.domain.session import new_session
from facilitator.storage.lock import SessionLock, SessionLocked
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.errors import LOG_FOLDER, LOG_NAME
from facilitator.ui.screens import minutes as minutes_module
from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.screens.wrapup import WrapUpScreen
from facilitator.ui.widgets import minutes_preview
from facilitator.ui.widgets.upcoming import UpcomingMeetings
from tests.app.helpers import SIZE, Notices, finished_meeting, make_app, settle
from tests.conftest import FakeClock


def logged(store: Store) -> str:
    """The app's error log in the data folder."""
    return (store.root / LOG_FOLDER / LOG_NAME).read_text(encoding="utf-8")


async def save_under(app: FacilitatorApp, pilot: Pilot[None], dialogue_id: str) -> None:
    """Open a dialogue whose id is `dialogue_id` in the editor and save it (ctrl+s)."""
    broken = Dialogue(title="Vinterväghållning")
    broken.id = dialogue_id
    app.navigator.edit_dialogue(broken)
    await pilot.pause()
    assert isinstance(app.screen, DialogueEditorScreen)
    await pilot.press("ctrl+s")
    await settle(app, pilot)


async def test_a_dialogue_saved_under_an_invalid_id_is_told_and_logged(store: Store) -> None:
    """An error nobody foresaw in a save (here `UnknownId`: the id is no id) is said to the user in
    their language and kept with its traceback in the data folder's log; nothing is written."""
    app = make_app(store, "en")
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        await save_under(app, pilot, "../elsewhere")
        errors = told.of("error")
        assert len(errors) == 1
        assert errors[0].startswith("Something went wrong (UnknownId: ../elsewhere)")
        log = store.root / LOG_FOLDER / LOG_NAME
        assert str(log) in errors[0]
        assert app.is_running
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "UnknownId: ../elsewhere" in text
    assert not list(store.dialogues_dir.glob("*.json"))
    assert not (store.root / "elsewhere.json").exists()


async def test_the_error_is_told_in_swedish_to_a_swedish_user(store: Store) -> None:
    app = make_app(store, "sv")
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        await save_under(app, pilot, "?")
        assert told.of("error")[0].startswith("Något gick fel (UnknownId")


async def test_without_a_writable_log_folder_the_app_runs_and_says_so_once(
    store: Store,
) -> None:
    (store.root / LOG_FOLDER).write_text("not a folder", encoding="utf-8")
    store.save_session(new_session(demo_dialogue(), "Östgöta Bygg AB"))
    app = make_app(store, "en")
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        await save_under(app, pilot, "../elsewhere")
        errors = told.of("error")
        assert len(errors) == 1 and "no log" in errors[0]
        warnings = [m for m in told.of("warning") if "error log" in m]
        assert len(warnings) == 1
        assert str(store.root / LOG_FOLDER) in warnings[0]


async def test_a_save_that_ends_after_its_screen_closed_is_not_shown(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor is left while its save is still on its way: the save completes, the app goes
    on, and nothing is drawn into the closed screen."""
    release = threading.Event()
    real_save = store.save_dialogue

    def slow_save(dialogue: Dialogue, **options: bool) -> Path:
        release.wait(5)
        return real_save(dialogue, **options)

    monkeypatch.setattr(store, "save_dialogue", slow_save)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.navigator.edit_dialogue(Dialogue(title="Vinterväghållning"))
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, DialogueEditorScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.pop_screen()
        await pilot.pause()
        saved: list[object] = []
        monkeypatch.setattr(editor, "_saved", lambda *args: saved.append(args))
        release.set()
        for _ in range(50):  # the save runs on, on its thread
            if store.dialogues():
                break
            await pilot.pause(0.1)
        await pilot.pause(0.2)
        assert app.is_running and isinstance(app.screen, HomeScreen)
        assert saved == []
    assert [d.title for d in store.dialogues()] == ["Vinterväghållning"]


def holds_lock(store: Store, session_id: str) -> bool:
    """Whether the session's lock is held (by the app under test)."""
    probe = SessionLock(store, session_id)
    try:
        probe.acquire()
    except SessionLocked:
        return True
    probe.release()
    return False


async def test_the_lock_goes_with_the_meeting_to_the_wrapup_and_minutes(store: Store) -> None:
    """Ending the meeting hands the session and its lock to the wrap-up, then to the minutes;
    the lock is let go only when the meeting's last screen closes."""
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    app = make_app(store, "en", session=session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert holds_lock(store, session.id)
        app.screen.end_meeting()  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        assert app.screen.session is session and not app.screen.read_only
        assert holds_lock(store, session.id)
        await pilot.press("alt+e")
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        assert app.screen.session is session
        assert holds_lock(store, session.id)
        await pilot.press("h")
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert not holds_lock(store, session.id)


async def test_a_meeting_chosen_on_home_is_read_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a stored meeting reads its file on a worker thread: the screen keeps answering
    however large the file or slow the disk."""
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    store.save_session(session)
    threads: list[str] = []
    real_load = store.load_session

    def load(session_id: str) -> object:
        threads.append(threading.current_thread().name)
        return real_load(session_id)

    monkeypatch.setattr(store, "load_session", load)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        threads.clear()
        await pilot.press("enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MeetingScreen"
        assert app.screen.session.id == session.id  # type: ignore[attr-defined]
        assert threads and threading.main_thread().name not in threads


async def test_finalising_writes_the_saved_minutes_again_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finalising writes every minutes file saved earlier again (DOCX too): on a worker, so the
    screen answers meanwhile."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    session.start(clock)
    clock.advance(600)
    session.end(clock)
    store.save_session(session)
    threads: list[str] = []
    real_refresh = minutes_module.refresh_saved_minutes

    def refresh(*args: object) -> object:
        threads.append(threading.current_thread().name)
        return real_refresh(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(minutes_module, "refresh_saved_minutes", refresh)
    app = make_app(store, "en", session_id=session.id, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        await pilot.press("f", "y")
        await settle(app, pilot)
    assert threads and threading.main_thread().name not in threads
    assert store.load_session(session.id).minutes_versions


async def test_a_failure_reading_the_list_on_home_is_told_and_the_app_goes_on(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home's list is read on a worker; an error nobody foresaw there does not end the app."""

    def broken(newest: int) -> object:
        raise RuntimeError("index unreadable")

    monkeypatch.setattr(store, "recent_summaries", broken)
    app = make_app(store, "en")
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        assert app.is_running and isinstance(app.screen, HomeScreen)
        assert told.of("error")[0].startswith("Something went wrong (RuntimeError: index")
    assert "RuntimeError: index unreadable" in logged(store)


async def test_a_list_read_again_is_not_overwritten_by_the_older_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home reads its lists on a worker; when it reads again (a booking saved, `r`) while an
    earlier read is slow, what the earlier one read arrives last and must not be shown."""
    store.save_dialogue(dialogue := Dialogue(title="Hemtjänst"))
    clock = FakeClock()
    when = clock.now().replace(hour=14, minute=0, second=0, microsecond=0)
    booking = Booking(dialogue.id, "Omsorg AB", [Participant("Eva Ek")], scheduled_at=when)
    PrepStore(store).save_booking(booking)
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        upcoming = app.screen.query_one(UpcomingMeetings)
        read, held, go_on = PrepStore.bookings, threading.Event(), threading.Event()

        def slow_first(prep: PrepStore) -> list[Booking]:
            found = read(prep)
            if not held.is_set():
                held.set()
                go_on.wait(5)
            return found

        monkeypatch.setattr(PrepStore, "bookings", slow_first)
        await pilot.press("r")
        await asyncio.to_thread(held.wait, 5)
        booking.contacts.append(Participant("Bo Ek"))
        PrepStore(store).save_booking(booking)
        await pilot.press("r")
        for _ in range(100):
            if "Bo Ek" in str(upcoming.get_row_at(0)[4]):
                break
            await pilot.pause(0.05)
        go_on.set()
        await settle(app, pilot)
        assert "Bo Ek" in str(upcoming.get_row_at(0)[4])


async def test_a_failure_drawing_the_minutes_is_told_and_logged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The minutes are drawn by a widget's worker, whose state messages reach only the widget:
    its failure is passed on to the app all the same."""
    clock = FakeClock()
    session = finished_meeting(store, clock)

    def broken(text: str, width: int) -> object:
        raise RuntimeError("cannot draw")

    monkeypatch.setattr(minutes_preview, "markdown_lines", broken)
    app = make_app(store, "sv", session_id=session.id, clock=clock)
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        assert app.is_running and isinstance(app.screen, MinutesScreen)
        assert told.of("error")[0].startswith("Något gick fel (RuntimeError: cannot draw)")
    assert "RuntimeError: cannot draw" in logged(store)


async def test_a_new_meeting_is_written_and_locked_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`d` on home starts the demo meeting: its file is written and its lock taken on a worker
    (a data folder on a network share may answer slowly), then the meeting shows, held."""
    threads: list[str] = []
    real_save, real_acquire = store.save_session, SessionLock.acquire

    def save(session: object, **options: object) -> object:
        threads.append(threading.current_thread().name)
        return real_save(session, **options)  # type: ignore[arg-type]

    def acquire(lock: SessionLock) -> None:
        threads.append(threading.current_thread().name)
        real_acquire(lock)

    monkeypatch.setattr(store, "save_session", save)
    monkeypatch.setattr(SessionLock, "acquire", acquire)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MeetingScreen"
        session = app.screen.session  # type: ignore[attr-defined]
        assert len(threads) >= 2 and threading.main_thread().name not in threads
        threads.clear()
        assert holds_lock(store, session.id)
    assert store.load_session(session.id).supplier


async def test_a_save_that_fails_unexpectedly_is_told_and_the_notes_are_saved_later(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save ends in an error nobody foresaw: the meeting goes on (it used to end the app), the
    user is told, and the next save writes all that was typed."""
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    real_write = store.write_session
    failures = [RuntimeError("encoder broke")]

    def write(session_id: str, tables: object) -> object:
        if failures:
            raise failures.pop()
        return real_write(session_id, tables)  # type: ignore[arg-type]

    app = make_app(store, "en", session=session)
    told = Notices()
    async with app.run_test(size=SIZE, message_hook=told) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(store, "write_session", write)
        await pilot.press(*"Jour dygnet runt")
        await settle(app, pilot, after_typing=True)
        assert app.is_running and type(app.screen).__name__ == "MeetingScreen"
        assert told.of("error")[0].startswith("Something went wrong (RuntimeError: encoder")
        await pilot.press(".")
        await settle(app, pilot, after_typing=True)
        note = store.load_session(session.id).notes[session.questions[0].id]
        assert note == "Jour dygnet runt."


async def test_finalising_stored_minutes_takes_the_lock_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Minutes opened from home hold no lock; finalising takes it and reads the meeting again
    (another window may have changed it) on a worker, then finalises, holding it."""
    clock = FakeClock()
    session = finished_meeting(store, clock)
    threads: list[str] = []
    real_acquire, real_load = SessionLock.acquire, store.load_session

    def acquire(lock: SessionLock) -> None:
        threads.append(threading.current_thread().name)
        real_acquire(lock)

    def load(session_id: str) -> object:
        threads.append(threading.current_thread().name)
        return real_load(session_id)

    app = make_app(store, "en", session_id=session.id, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen) and not holds_lock(store, session.id)
        monkeypatch.setattr(SessionLock, "acquire", acquire)
        monkeypatch.setattr(store, "load_session", load)
        await pilot.press("f", "y")
        await settle(app, pilot)
        assert len(threads) == 2 and threading.main_thread().name not in threads
        monkeypatch.undo()
        assert holds_lock(store, session.id)
    assert store.load_session(session.id).minutes_versions


async def test_a_damaged_meeting_chosen_on_home_is_restored_off_the_event_loop(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a damaged meeting: its last good copy is read, and put back once the user says
    yes, on workers; then the meeting opens, held."""
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    store.save_session(session)
    store.save_session(session)  # the first version is now the .bak
    store.session_path(session.id).write_text("{ trasig", encoding="utf-8")
    threads: list[str] = []
    real_backup, real_restore = store.load_backup, store.restore_backup

    def load_backup(session_id: str) -> object:
        threads.append(threading.current_thread().name)
        return real_backup(session_id)

    def restore_backup(session_id: str) -> object:
        threads.append(threading.current_thread().name)
        return real_restore(session_id)

    monkeypatch.setattr(store, "load_backup", load_backup)
    monkeypatch.setattr(store, "restore_backup", restore_backup)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert "good copy" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("y")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "MeetingScreen"
        assert len(threads) == 2 and threading.main_thread().name not in threads
        assert holds_lock(store, session.id)
    assert store.load_session(session.id).supplier == "Östgöta Bygg AB"
