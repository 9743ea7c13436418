"""F1 (and ? outside text fields) explains the current screen and lists its keys; the command
palette's own commands, the Footer and the lock dialog speak the user's language."""

from __future__ import annotations

import os
import time

import pytest
from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Static

from facilitator.storage.lock import LockHolder, SessionLock
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.help import HelpScreen
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.helpers import demo_meeting, make_app, settle


def help_text(app: FacilitatorApp) -> str:
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    parts = [str(w.render()) for w in screen.query(Static)]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("lang", "about", "key"),
    [
        ("sv", "Mötet: klockan går", "Nästa fråga"),
        ("en", "The meeting: the clock", "Next question"),
    ],
)
async def test_f1_explains_the_meeting_screen_while_typing_notes(
    store: Store, lang: str, about: str, key: str
) -> None:
    app = make_app(store, lang, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        await pilot.press("?")  # in the notes, ? is typed
        await settle(app, pilot, after_typing=True)
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        text = help_text(app)
        assert about in text
        # The keys come from the screen's bindings, with the key that does each.
        for binding in ("alt+n", "alt+m", "alt+k", "alt+e"):
            assert binding in text
        assert key in text
        if lang == "sv":
            assert "Focus" not in text and "Copy selected" not in text, "no English left"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is meeting
    assert saved_notes(store).endswith("?")


def saved_notes(store: Store) -> str:
    (session_id,) = store.session_ids()
    return store.load_session(session_id).notes.get("q1", "")


async def test_question_mark_opens_help_on_the_home_screen(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
        assert "Startsidan" in text and "Nytt möte" in text and "Dialoger" in text
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), "F1 again closes the help"


async def test_the_palettes_own_commands_are_swedish(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        footer = app.export_screenshot()
        assert "palette" not in footer
        meeting = app.screen
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(CommandInput).placeholder == "Sök bland kommandon…"
        options = palette.query_one(CommandList)
        shown = "\n".join(
            str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
        )
        for swedish in ("Avsluta", "Tema", "Tangenter", "Skärmbild", "Nästa fält", "Mismatch"):
            assert swedish in shown
        for english in ("Quit", "Theme", "Keys", "Screenshot", "Focus", "Change the"):
            assert english not in shown
        commands = [c.title for c in app.get_system_commands(meeting)]
        assert commands[:2] == ["Tema", "Avsluta"]
        await pilot.press(*"tangenter", "enter")
        await pilot.pause(0.5)
        assert isinstance(app.screen, HelpScreen), "Keys opens the help of the screen"


async def test_the_lock_dialog_is_swedish_in_local_time(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.domain.demo import demo_dialogue
    from facilitator.domain.session import new_session

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        session = new_session(demo_dialogue(), "Exempel Bygg AB")
        store.save_session(session)
        holder = LockHolder(4711, "anna", "laptop-12", "2026-03-04T09:02:00+00:00")
        other = SessionLock(store, session.id)
        monkeypatch.setattr(LockHolder, "current", classmethod(lambda cls: holder))
        other.acquire()
        monkeypatch.undo()
        monkeypatch.setenv("TZ", "Europe/Stockholm")
        app = make_app(store, session_id=session.id)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot, after_typing=True)
            assert isinstance(app.screen, ConfirmScreen)
            question = str(app.screen.query_one("#confirm-question", Static).render())
            assert "anna på laptop-12 (process 4711) sedan 2026-03-04 10:02" in question
            assert "UTC" not in question and " on " not in question
        other.release()
    finally:
        os.environ.pop("TZ", None)
        time.tzset()


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_the_footer_shows_whole_keys_at_80_columns(store: Store, lang: str) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(store, lang, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        for _screen in ("meeting", "wrap-up"):
            keys = [k for k in app.screen.query(FooterKey) if k.display]
            descriptions = {k.description for k in keys}
            assert keys and all(k.region.right <= 80 for k in keys), descriptions
            assert {"Hjälp", "Help"} & descriptions, "F1 is in every Footer"
            await pilot.press("alt+e")
            await pilot.pause()
            await pilot.press("y")
            await settle(app, pilot, after_typing=True)
        await pilot.press("alt+e")
        await settle(app, pilot, after_typing=True)
        keys = [k for k in app.screen.query(FooterKey) if k.display]
        assert keys and all(k.region.right <= 80 for k in keys)


def test_every_screen_says_what_it_is_for() -> None:
    import inspect
    import pkgutil
    from importlib import import_module

    from textual.screen import Screen

    from facilitator.ui.screens.help import PURPOSES

    package = import_module("facilitator.ui.screens")
    screens = []
    for info in pkgutil.iter_modules(package.__path__):
        module = import_module(f"facilitator.ui.screens.{info.name}")
        for name, owner in inspect.getmembers(module, inspect.isclass):
            if owner.__module__ == module.__name__ and not name.startswith("_"):
                if issubclass(owner, Screen) and owner is not HelpScreen:
                    screens.append(owner)
    # A class other screens are built on (a set of keys) is never shown by itself.
    shown = [s for s in screens if not any(o is not s and issubclass(o, s) for o in screens)]
    assert [s.__name__ for s in shown if s.__name__ not in PURPOSES] == []
