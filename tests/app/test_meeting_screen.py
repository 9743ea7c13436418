"""The meeting screen, driven by keys as a facilitator would during a call."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest
from textual.widgets import TextArea

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Status, new_session
from facilitator.storage.store import Store
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.screens.wrapup import WrapUpScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from tests.app.helpers import Notices, demo_meeting, make_app, settle
from tests.conftest import FakeClock


def saved(store: Store, session_id: str):
    return store.load_session(session_id)


async def test_demo_opens_on_the_meeting_screen_with_notes_focused(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, MeetingScreen)
        assert isinstance(app.focused, TextArea)
        notes = app.screen.query_one("#notes", TextArea)
        assert notes.size.height >= 4, "notes editor must be usable at 80x24"


async def test_typed_notes_are_kept_per_question_and_saved(store: Store) -> None:
    clock = FakeClock()
    app = make_app(store, clock=clock, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press(*"Snabb utryckning")
        await pilot.press("alt+n")
        await pilot.press(*"Jour")
        await pilot.press("alt+p")
        await settle(app, pilot, after_typing=True)
        assert screen.query_one("#notes", TextArea).text == "Snabb utryckning"
        q1, q2 = screen.session.questions[:2]
        stored = saved(store, screen.session.id)
        assert stored.notes == {q1.id: "Snabb utryckning", q2.id: "Jour"}
        assert stored.status is Status.RUNNING, "the clock starts at the first note"


async def test_quick_log_keys_log_each_kind(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("alt+m", *"Kan inte leverera VVS", "tab", *"Städ 2027", "enter")
        await pilot.press("alt+t", *"Läs hela dokumentet", "enter")
        await pilot.press("alt+i", *"Osund konkurrens", "enter")
        await pilot.press("alt+a", *"Skicka underlag", "tab", *"Karin", "tab", *"2026-12-01")
        await pilot.press("enter")
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.focused, TextArea), "focus returns to the notes"
        kinds = [e.kind for e in screen.session.entries]
        assert kinds == [EntryKind.MISMATCH, EntryKind.TIP, EntryKind.INSIGHT, EntryKind.ACTION]
        mismatch, _, _, action = screen.session.entries
        assert mismatch.text == "Kan inte leverera VVS" and mismatch.future_needs == "Städ 2027"
        assert action.owner == "Karin" and action.due.isoformat() == "2026-12-01"
        assert len(saved(store, screen.session.id).entries) == 4


async def test_alt_g_logs_information_given_to_the_supplier(store: Store) -> None:
    app = make_app(store, "en", session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("alt+g")
        await pilot.pause()
        assert "Information given" in str(screen.query_one("#quick-title").render())
        await pilot.press(*"Annons i mars", "enter")
        await settle(app, pilot, after_typing=True)
        (entry,) = saved(store, screen.session.id).entries
        assert (entry.kind, entry.text) == (EntryKind.INFO, "Annons i mars")
        assert entry.question_id == screen.session.questions[0].id


async def test_escape_cancels_a_quick_log_and_a_bad_date_keeps_it_open(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("alt+i", *"ska inte sparas", "escape")
        await pilot.press("alt+a", *"Åtgärd", "tab", "tab", *"1 dec", "enter")
        await settle(app, pilot, after_typing=True)
        assert screen.session.entries == []
        assert screen.query_one("#quick").display, "a bad date keeps the input open"


@pytest.mark.parametrize("due", ["2026-11-01", "2030-01-01"], ids=["past", "far"])
async def test_a_due_date_in_the_past_or_far_ahead_is_asked_about_first(
    store: Store, due: str
) -> None:
    app = make_app(store, session=demo_meeting())  # today is 2026-11-24
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("alt+a", *"Skicka underlag", "tab", "tab", *due, "enter")
        await settle(app, pilot, after_typing=True)
        assert screen.session.entries == [], "not logged yet"
        hint = str(screen.query_one("#quick-hint").render())
        assert due in hint and "Tryck Enter igen för att spara ändå." in hint
        await pilot.press("enter")
        await settle(app, pilot, after_typing=True)
        (action,) = screen.session.entries
        assert action.due is not None and action.due.isoformat() == due


async def test_confidential_entry_marked_inside_quick_log(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("alt+i", *"Prisnivå 420 kr/h", "alt+c", "enter")
        await settle(app, pilot, after_typing=True)
        (entry,) = app.screen.session.entries
        assert entry.confidential


async def test_alt_s_pauses_and_resumes(store: Store) -> None:
    clock = FakeClock()
    app = make_app(store, clock=clock, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        await pilot.press("alt+s")
        clock.advance(60)
        await pilot.press("alt+s")
        clock.advance(600)
        await pilot.pause()
        assert session.status is Status.PAUSED
        assert session.meeting_elapsed(clock) == 60
        await pilot.press("alt+s")
        assert session.status is Status.RUNNING


async def test_alt_e_ends_the_meeting_and_shows_saved_minutes(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        await pilot.press(*"Viktig anteckning", "alt+m", *"Mismatch", "enter")
        await pilot.press("alt+e")
        await pilot.pause()
        await pilot.press("n")  # answering no keeps the meeting going
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("alt+e", "y")
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, WrapUpScreen), "the wrap-up comes before the minutes"
        assert saved(store, session.id).status is Status.FINISHED
        await pilot.press("alt+e")
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, MinutesScreen)
        minutes = store.minutes_path(session.id, "sv").read_text(encoding="utf-8")
        assert "Viktig anteckning" in minutes and "Exempel Bygg AB" in minutes
        shown = app.screen.query_one(MinutesPreview)
        assert "Viktig anteckning" in shown.source


async def test_every_meeting_key_is_in_the_command_palette(store: Store) -> None:
    app = make_app(store, "en", session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        from facilitator.ui.commands import ScreenActions

        provider = ScreenActions(app.screen)
        names = [hit.text for hit in [h async for h in provider.discover()]]
        for wanted in ("Next question", "Mismatch", "Tip", "Insight", "Action", "End meeting"):
            assert wanted in names
        await pilot.press("ctrl+p", *"next quest")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot, after_typing=True)
        assert app.screen.session.current_question_id == "q2"


async def test_theme_choice_is_remembered(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "birch-light"
        await settle(app, pilot, after_typing=True)
    assert json.loads(store.settings_path.read_text())["theme"] == "birch-light"
    again = make_app(store, session=demo_meeting())
    async with again.run_test(size=(80, 24)) as pilot:
        assert again.theme == "birch-light"


async def test_alt_c_marks_the_notes_line_under_the_cursor(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Öppen rad", "enter", *"Pris 420 kr", "alt+c", *" per timme")
        await settle(app, pilot, after_typing=True)
        qid = app.screen.session.current_question_id
        assert (
            saved(store, app.screen.session.id).notes[qid] == "Öppen rad\n🔒 Pris 420 kr per timme"
        )
        await pilot.press("alt+c")
        assert app.screen.session.notes[qid] == "Öppen rad\nPris 420 kr per timme"


async def test_alt_o_ticks_off_opening_statements(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("alt+o", "alt+o")
        await settle(app, pilot, after_typing=True)
        assert saved(store, app.screen.session.id).opening_given == [0, 1]
        assert "2/4" in str(app.screen.query_one("#opening").render())


async def test_a_session_open_elsewhere_opens_read_only(store: Store) -> None:
    from facilitator.storage.lock import SessionLock

    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    store.save_session(session)
    with SessionLock(store, session.id):
        app = make_app(store, session_id=session.id)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("y")  # open read-only
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, MeetingScreen) and screen.read_only
            await pilot.press(*"inte sparat", "alt+m")
            await settle(app, pilot, after_typing=True)
            assert screen.session.notes == {} and screen.session.entries == []
    assert store.load_session(session.id).notes == {}


async def test_a_damaged_session_offers_its_last_good_copy(store: Store) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    store.save_session(session)
    session.supplier = "Exempel Bygg AB (rättad)"
    store.save_session(session)  # the first version is now the .bak
    path = store.session_path(session.id)
    path.write_text("{ trasig", encoding="utf-8")
    app = make_app(store, session_id=session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.session.supplier == "Exempel Bygg AB"
    kept = list(path.parent.glob(f"{session.id}.json.damaged-*"))
    assert kept and kept[0].read_text(encoding="utf-8") == "{ trasig"


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_layout_uses_the_space(store: Store, size: tuple[int, int]) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        notes = app.screen.query_one("#notes")
        side = app.screen.query_one("#side")
        assert notes.region.right <= size[0] and side.region.width >= 24
        if size == (160, 45):
            assert notes.size.height >= 12


async def test_on_start_an_unfinished_meeting_is_offered_for_resume(store: Store) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Åkes Bygg & Måleri")
    session.start(clock)
    session.set_note(session.questions[0].id, "Sparad anteckning", clock)
    clock.advance(300)
    session.pause(clock)
    store.save_session(session)
    app = make_app(store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        offer = str(app.screen.query_one("#confirm-question").render())
        assert "Åkes Bygg & Måleri" in offer and "5:00" in offer
        await pilot.press("y")
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.query_one("#notes", TextArea).text == "Sparad anteckning"
        assert app.screen.session.meeting_elapsed(clock) == 300


async def test_a_tiny_terminal_keeps_the_notes_usable(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press(*"liten skärm", "alt+m", *"ok", "enter")
        await settle(app, pilot, after_typing=True)
        screen = app.screen
        assert not screen.query_one("#side").display or screen.query_one("#side").size.width == 0
        assert screen.query_one("#notes").size.height >= 3
        assert screen.session.entries[0].text == "ok"


async def test_a_failed_restore_is_reported_and_removes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    store.save_session(session)
    store.save_session(session)
    path = store.session_path(session.id)
    path.write_text("{ trasig", encoding="utf-8")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "restore_backup", full_disk)
    app = make_app(store, "en", session_id=session.id)
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot, after_typing=True)
        assert not isinstance(app.screen, MeetingScreen)
        assert any("the disk is full" in message for message in told.messages)
    assert path.read_text(encoding="utf-8") == "{ trasig"


async def test_tip_input_lists_the_library_filtered_as_you_type(store: Store) -> None:
    from textual.widgets import OptionList

    from facilitator.domain.tips import starter_tips

    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        await pilot.press("alt+t", *"espd")
        await pilot.pause()
        shown = app.screen.query_one("#quick-tips", OptionList)
        assert shown.option_count >= 1
        expected = starter_tips().filter("espd", "sv")[0]
        assert shown.get_option_at_index(0).id == expected.id
        await pilot.press("down", "enter")
        await pilot.press("alt+t", *"Eget tips om ramavtal", "enter")
        await settle(app, pilot, after_typing=True)
        library_tip, free_tip = app.screen.session.entries
        assert (library_tip.text, library_tip.tip_id) == (expected.text, expected.id)
        assert (free_tip.text, free_tip.tip_id) == ("Eget tips om ramavtal", None)
        assert isinstance(app.focused, TextArea)


async def test_a_meeting_opened_directly_says_which_data_folder_it_uses(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await pilot.pause()
        assert any(str(store.root) in message for message in told.messages)


async def test_typing_at_the_end_of_long_notes_stays_in_view(store: Store) -> None:
    """A long meeting opens on its notes scrolled to the end; every key typed there, also one
    that makes the last line wrap onto a new line, is shown where the user is looking."""
    clock = FakeClock()
    session = demo_meeting()
    session.start(clock)
    lines = [f"Rad {number}: leverantören berättar om jouren i Norrköping." for number in range(80)]
    session.set_note(session.questions[0].id, "\n".join(lines), clock)
    session.pause(clock)
    store.save_session(session)
    app = make_app(store, clock=clock, session_id=session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        notes = app.screen.query_one("#notes", TextArea)
        assert app.focused is notes
        assert notes.max_scroll_y > 0, "the notes are longer than the box"
        height = notes.virtual_size.height
        for key in " och kommunen borde dela upp upphandlingen i geografiska områden.":
            await pilot.press("space" if key == " " else key)
            row = notes.cursor_screen_offset.y
            assert notes.content_region.y <= row < notes.content_region.bottom, (
                f"the cursor is out of view after {key!r} (line {notes.cursor_location[0]})"
            )
        assert notes.virtual_size.height > height, "the last line wrapped while typing"


async def test_the_meeting_keeps_the_collector_off_its_objects_until_it_ends(store: Store) -> None:
    """A long meeting's objects are frozen out of garbage collections while its screen is up
    (typing does not stall on a full collection); once the meeting ends, they are collectable
    again, so nothing the meeting leaves behind is kept for the rest of the run."""
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen, MeetingScreen)
        assert gc.get_freeze_count() > 0
        await pilot.press("alt+e", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        assert gc.get_freeze_count() == 0


def test_opening_the_app_on_a_meeting_does_not_load_the_home_screen() -> None:
    """`facilitator demo` and `facilitator open ID` show the meeting first: home, its tables and
    what it reads are loaded when it is first shown; the importers when a file is imported, the
    minutes when they are made, the registers on the worker that reads open actions."""
    later = [
        "facilitator.ui.screens.home",
        "facilitator.importers",
        "facilitator.domain.minutes",
        "facilitator.domain.registers",
        "facilitator.storage.registers",
    ]
    code = (
        "import sys\n"
        "import facilitator.ui.app, facilitator.ui.screens.meeting\n"
        f"print([name for name in {later!r} if name in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
