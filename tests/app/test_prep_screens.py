"""Preparing dialogues in the app: import, edit, export, bookings and the tips library, by keys
at 80x24 as a procurement officer would."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from textual.widgets import DataTable, Input, OptionList, Static

from facilitator.domain.booking import Booking
from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat
from facilitator.domain.time import DEFAULT_TIMEZONE
from facilitator.importers import import_questions
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from facilitator.ui.screens import import_preview
from facilitator.ui.screens.booking_form import BookingFormScreen
from facilitator.ui.screens.bookings import BookingsScreen
from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen
from facilitator.ui.screens.dialogues import DialoguesScreen
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.import_preview import ImportScreen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.path_prompt import PathPromptScreen
from facilitator.ui.screens.tips_library import TipsLibraryScreen
from facilitator.ui.widgets.upcoming import UpcomingMeetings
from tests.app.helpers import SIZE, fill, go, make_app, settle, shown_text
from tests.conftest import FakeClock

SAMPLES = Path(__file__).parent.parent / "samples"
ZONE = ZoneInfo(DEFAULT_TIMEZONE)


def stored_dialogue(store: Store, title: str) -> Dialogue:
    (dialogue,) = [d for d in store.dialogues() if d.title == title]
    return dialogue


async def test_word_html_imports_the_right_questions_under_the_right_themes(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        assert isinstance(app.screen, DialoguesScreen)
        await pilot.press("i")
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        await fill(pilot, screen.query_one("#import-path", Input), "/no/such/file.htm")
        await settle(app, pilot)
        assert "/no/such/file.htm" in shown_text(screen.query_one("#import-result", Static))
        assert store.dialogues() == [], "a bad path writes nothing"

        await fill(
            pilot, screen.query_one("#import-path", Input), str(SAMPLES / "word-dialogfragor.htm")
        )
        await settle(app, pilot)
        preview = shown_text(screen.query_one("#import-result", Static))
        for heading in ("Behov", "Marknad", "Förutsättningar för affären"):
            assert f"\n{heading}\n" in preview
        assert preview.index("Behov") < preview.index("Marknad")
        assert "Hur uppfattar ni våra behov av planering" in preview
        assert "Vad saknas i vår beskrivning?" in preview, "follow-ups are shown"
        assert "Syfte hittat:" in preview
        assert store.dialogues() == [], "nothing is written before confirming"

        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, DialoguesScreen)
    (dialogue,) = store.dialogues()
    assert dialogue.title.startswith("Dialogfrågor – planeringssystem för hemtjänsten")
    assert [q.theme for q in dialogue.questions] == [Theme.NEEDS] * 2 + [Theme.MARKET] * 2 + [
        Theme.CONDITIONS
    ] * 3
    assert dialogue.questions[0].follow_ups == ["Vad saknas i vår beskrivning?"]
    assert dialogue.purpose.strip()


async def test_a_new_dialogue_with_two_questions_reordered_is_saved(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        await pilot.press("n", *"Städtjänster", "enter")
        editor = app.screen
        assert isinstance(editor, DialogueEditorScreen)
        await pilot.press("alt+n")
        assert app.focused is editor.query_one("#ed-questions", DataTable)
        await pilot.press("a", *"Hur ser ni på behoven?", "enter")
        await pilot.press("a")
        await pilot.press(*"Vilka avtalsvillkor passar er?", "tab", "enter", "up", "enter", "tab")
        await pilot.press("1", "2", "tab", *"Avtalstid?", "ctrl+s")
        await pilot.pause()
        total = shown_text(editor.query_one("#ed-total", Static))
        assert "17 av 45 min" in total
        await pilot.press("alt+up")
        await pilot.press("ctrl+s")
        await go(app, pilot, "escape")
        assert isinstance(app.screen, DialoguesScreen), "saved: leaving asks nothing"
    dialogue = stored_dialogue(store, "Städtjänster")
    assert [q.text for q in dialogue.questions] == [
        "Vilka avtalsvillkor passar er?",
        "Hur ser ni på behoven?",
    ]
    first = dialogue.questions[0]
    assert (first.theme, first.timebox, first.follow_ups) == (Theme.CONDITIONS, 12, ["Avtalstid?"])


async def test_leaving_the_editor_with_changes_asks_first(store: Store) -> None:
    store.save_dialogue(Dialogue(title="Snöröjning"))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        table = app.screen.query_one(DataTable)
        titles = [d.title for d in app.screen.dialogues]
        table.move_cursor(row=titles.index("Snöröjning"))
        await pilot.press("e", "end", *" 2027", "escape")
        await pilot.pause()
        await pilot.press("n")  # stay
        assert isinstance(app.screen, DialogueEditorScreen)
        await pilot.press("escape", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, DialoguesScreen)
    assert [d.title for d in store.dialogues()] == ["Snöröjning"], "discarded, not saved"


async def test_export_writes_markdown_that_imports_to_the_same_questions(
    store: Store, tmp_path: Path
) -> None:
    dialogue = Dialogue(
        title="Tolktjänster",
        questions=[
            Question("Hur bemannar ni kvällar?", Theme.NEEDS, ["Och helger?"], 7),
            Question("Hur ser konkurrensen ut?", Theme.MARKET, [], 4),
        ],
    )
    store.save_dialogue(dialogue)
    target = tmp_path / "ut" / "fragor.md"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        screen = app.screen
        titles = [d.title for d in screen.dialogues]
        screen.query_one(DataTable).move_cursor(row=titles.index("Tolktjänster"))
        await pilot.press("x")
        prompt = app.screen
        assert isinstance(prompt, PathPromptScreen)
        suggested = prompt.query_one(Input).value
        assert suggested.startswith(str(store.root)), "suggested in the data folder"
        await fill(pilot, prompt.query_one(Input), str(target))
        await settle(app, pilot)
        assert str(target) in shown_text(screen.query_one("#dialogues-hint"))
    again = import_questions(target)
    assert [(q.text, q.theme, q.follow_ups, q.timebox) for q in again.questions] == [
        (q.text, q.theme, q.follow_ups, q.timebox) for q in dialogue.questions
    ]


def booked_dialogue(store: Store) -> Dialogue:
    dialogue = Dialogue(
        title="Hemtjänst",
        participants=[Participant("Karin Upphandlare", "Exempelby kommun", Role.PROCURER)],
        questions=[Question("Hur planerar ni?", Theme.NEEDS)],
    )
    store.save_dialogue(dialogue)
    return dialogue


async def test_a_booked_meeting_today_starts_with_everything_filled_in(store: Store) -> None:
    dialogue = booked_dialogue(store)
    clock = FakeClock()
    today = clock.now().astimezone(ZONE).replace(hour=14, minute=0, second=0, microsecond=0)
    booking = Booking(
        dialogue.id,
        "Omsorg AB",
        [Participant("Eva Ek", "Omsorg AB")],
        scheduled_at=today,
        format=MeetingFormat.IN_PERSON,
    )
    PrepStore(store).save_booking(booking)
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        upcoming = app.screen.query_one(UpcomingMeetings)
        assert upcoming.display and upcoming.region.height >= 2, "header and the booking"
        assert [str(cell) for cell in upcoming.get_row_at(0)[:2]] == ["i dag 14:00", "Omsorg AB"]
        await pilot.press("s", "y")
        await settle(app, pilot)
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        session = meeting.session
        assert session.supplier == "Omsorg AB"
        assert session.format is MeetingFormat.IN_PERSON
        names = {(p.name, p.role) for p in session.participants}
        assert names == {("Karin Upphandlare", Role.PROCURER), ("Eva Ek", Role.SUPPLIER)}
    assert PrepStore(store).load_booking(booking.id).session_id == session.id
    assert store.load_session(session.id).supplier == "Omsorg AB"


async def test_an_invite_that_cannot_be_read_is_told_in_swedish(
    store: Store, tmp_path: Path
) -> None:
    """A wrong path, a folder or a path no file can have given as the invite: said in the user's
    words in the form, which stays as it was."""
    booked_dialogue(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b", "n")
        form = app.screen
        assert isinstance(form, BookingFormScreen)
        hint = form.query_one("#bk-hint", Static)
        for path, reason in (
            (tmp_path / "saknas.ics", f"Filen {tmp_path / 'saknas.ics'} finns inte."),
            (tmp_path, f"{tmp_path} är en mapp, inte en fil."),
            (Path("inbjudan\x00.ics"), "sökvägen innehåller ett tecken som inget filnamn kan ha"),
        ):
            await fill(pilot, form.query_one("#bk-ics", Input), str(path))
            await settle(app, pilot)
            assert app.screen is form
            assert shown_text(hint).strip() == reason
            assert hint.has_class("-problem")
        assert form.query_one("#bk-date", Input).value == ""


async def test_a_booking_filled_from_an_invite_is_saved(store: Store) -> None:
    dialogue = booked_dialogue(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b")
        assert isinstance(app.screen, BookingsScreen)
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, BookingFormScreen)
        await pilot.press(*"Exempel Bygg AB")
        await fill(pilot, form.query_one("#bk-ics", Input), str(SAMPLES / "teams-invite.ics"))
        await settle(app, pilot)
        assert form.query_one("#bk-date", Input).value == "2026-03-12"
        assert form.query_one("#bk-time", Input).value == "10:00"
        assert form.query_one("#bk-own", Input).value == "Josefine Upphandlare"
        assert form.query_one("#bk-contacts", Input).value == "Anna Nilsson; Per Åkesson"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is form, "a meeting in the past is asked about first"
        assert "ligger redan bakåt i tiden" in shown_text(form.query_one("#bk-hint", Static))
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, BookingsScreen)
        assert app.screen.query_one(DataTable).row_count == 1
    (booking,) = PrepStore(store).bookings()
    assert booking.dialogue_id == dialogue.id and booking.supplier == "Exempel Bygg AB"
    assert booking.scheduled_at == datetime(2026, 3, 12, 10, 0, tzinfo=ZONE)
    assert booking.format is MeetingFormat.TEAMS
    assert booking.join_link.startswith("https://teams.microsoft.com/")
    assert [c.name for c in booking.contacts] == ["Anna Nilsson", "Per Åkesson"]
    assert [(p.name, p.role) for p in booking.own_people] == [
        ("Josefine Upphandlare", Role.PROCURER)
    ]


async def test_enter_on_a_booking_on_home_opens_it_and_starting_asks_first(store: Store) -> None:
    dialogue = booked_dialogue(store)
    clock = FakeClock()
    today = clock.now().astimezone(ZONE).replace(hour=14, minute=0, second=0, microsecond=0)
    booking = Booking(dialogue.id, "Omsorg AB", [Participant("Eva Ek")], scheduled_at=today)
    PrepStore(store).save_booking(booking)
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        home = app.screen
        home.query_one(UpcomingMeetings).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, BookingFormScreen), "Enter opens the booking"
        await fill(pilot, form.query_one("#bk-contacts", Input), "Eva Ek; Bo Ek")
        await settle(app, pilot)
        assert app.screen is home
        assert "Bo Ek" in str(home.query_one(UpcomingMeetings).get_row_at(0)[4])
        assert PrepStore(store).load_booking(booking.id).session_id is None
        await pilot.press("s")
        await settle(app, pilot)
        question = app.screen.query_one("#confirm-question").render()
        assert "Starta mötet med Omsorg AB" in str(question)
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen is home and store.session_ids() == [], "n starts nothing"
        await pilot.press("s", "y")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)


async def test_starting_from_the_bookings_screen_asks_first_as_home_does(store: Store) -> None:
    dialogue = booked_dialogue(store)
    clock = FakeClock()
    today = clock.now().astimezone(ZONE).replace(hour=14, minute=0, second=0, microsecond=0)
    PrepStore(store).save_booking(
        Booking(dialogue.id, "Omsorg AB", [Participant("Eva Ek")], scheduled_at=today)
    )
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b", "s")
        question = app.screen.query_one("#confirm-question").render()
        assert "Starta mötet med Omsorg AB" in str(question)
        await go(app, pilot, "n")
        assert isinstance(app.screen, BookingsScreen) and store.session_ids() == []
        await go(app, pilot, "s", "y")
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.session.supplier == "Omsorg AB"


async def test_the_booking_form_needs_a_date_and_a_time(store: Store) -> None:
    booked_dialogue(store)
    app = make_app(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b")
        await pilot.press("n", *"Firma AB")
        form = app.screen
        date_field = form.query_one("#bk-date", Input)
        time_field = form.query_one("#bk-time", Input)
        assert (date_field.placeholder, time_field.placeholder) == ("YYYY-MM-DD", "hh:mm")
        await fill(pilot, date_field, "2026-12-01")
        await settle(app, pilot)
        assert app.screen is form
        hint = shown_text(form.query_one("#bk-hint", Static))
        assert "A booked meeting needs a date and a time." in hint
        assert app.focused is time_field
        await fill(pilot, time_field, "10:00")
        await settle(app, pilot)
        assert isinstance(app.screen, BookingsScreen)
    (booking,) = PrepStore(store).bookings()
    assert booking.scheduled_at == datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)


async def test_a_bad_date_keeps_the_booking_form_open(store: Store) -> None:
    booked_dialogue(store)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b")
        await pilot.press("n", *"Firma AB")
        form = app.screen
        form.query_one("#bk-time", Input).value = "10:00"
        await fill(pilot, form.query_one("#bk-date", Input), "12 mars")
        await settle(app, pilot)
        assert app.screen is form
        assert "2026-03-12" in shown_text(form.query_one("#bk-hint", Static))
    assert PrepStore(store).bookings() == []


async def test_tips_library_edits_persist(store: Store) -> None:
    app = make_app(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "t")
        screen = app.screen
        assert isinstance(screen, TipsLibraryScreen)
        first = screen.library.tips[0]
        await pilot.press("enter", "ctrl+u", *"Read everything twice", "enter")
        await pilot.press("a", *"Ask the platform's helpdesk", "enter")
        await pilot.press("alt+up")
        await settle(app, pilot)
        await pilot.press("ctrl+home")
        assert screen.query_one(DataTable).cursor_row == 0
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    library = PrepStore(store).load_tips()
    texts = [tip.text for tip in library.tips]
    assert "Read everything twice" not in texts, "the first tip was deleted after editing"
    assert first.id not in [tip.id for tip in library.tips]
    added = library.tips[-2]
    assert (added.text, added.lang) == ("Ask the platform's helpdesk", "en"), "moved up one"


async def test_names_with_brackets_are_shown_as_typed(store: Store) -> None:
    title = "Städ [bold]AB[/] [/"
    dialogue = Dialogue(title=title, questions=[Question("Fråga [x]?", Theme.NEEDS)])
    store.save_dialogue(dialogue)
    clock = FakeClock()
    PrepStore(store).save_booking(Booking(dialogue.id, "Firma [/] AB", scheduled_at=clock.now()))
    app = make_app(store, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        row = app.screen.query_one(UpcomingMeetings).get_row_at(0)
        assert row[1].plain == "Firma [/] AB"
        await pilot.press("g")
        await settle(app, pilot)
        titles = [cell.plain for cell in app.screen.query_one(DataTable).get_column_at(0)]
        assert title in titles
        app.screen.query_one(DataTable).move_cursor(row=titles.index(title))
        await pilot.press("e", "alt+n")
        await pilot.pause()
        table = app.screen.query_one("#ed-questions", DataTable)
        assert table.get_row_at(0)[2].plain == "Fråga [x]?"


async def test_a_dialogue_started_from_the_english_starter_set_is_saved(store: Store) -> None:
    app = make_app(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        await pilot.press("n", "shift+tab", "enter", "down", "down", "enter", "tab")
        await pilot.press(*"Cleaning 2027", "enter")
        editor = app.screen
        assert isinstance(editor, DialogueEditorScreen)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    dialogue = stored_dialogue(store, "Cleaning 2027")
    assert len(dialogue.questions) >= 3
    assert {q.theme for q in dialogue.questions} >= {Theme.NEEDS, Theme.MARKET, Theme.CONDITIONS}
    assert dialogue.questions[0].text.startswith("How"), "the English openers"


async def test_start_from_the_dialogues_screen_offers_the_highlighted_dialogue(
    store: Store,
) -> None:
    store.save_dialogue(Dialogue(title="Ö-trafik", questions=[Question("Hur?", Theme.NEEDS)]))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        titles = [d.title for d in app.screen.dialogues]
        app.screen.query_one(DataTable).move_cursor(row=titles.index("Ö-trafik"))
        await pilot.press("s", *"Färjor AB", "enter")
        await settle(app, pilot)
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        assert meeting.session.dialogue.title == "Ö-trafik"
        assert meeting.session.supplier == "Färjor AB"


async def test_a_booking_is_changed_and_then_deleted(store: Store) -> None:
    dialogue = booked_dialogue(store)
    soon = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)  # a week after the fake clock's today
    booking = Booking(dialogue.id, "Firma AB", [Participant("Eva Ek", "Firma AB")], soon)
    PrepStore(store).save_booking(booking)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "b")
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, BookingFormScreen)
        assert form.query_one("#bk-contacts", Input).value == "Eva Ek"
        await fill(pilot, form.query_one("#bk-contacts", Input), "Eva Ek; Bo Ek")
        await settle(app, pilot)
        (changed,) = PrepStore(store).bookings()
        assert [c.name for c in changed.contacts] == ["Eva Ek", "Bo Ek"]
        assert changed.id == booking.id, "changed, not booked again"
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("n")
        await settle(app, pilot)
        assert len(PrepStore(store).bookings()) == 1, "n keeps it"
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 0
    assert PrepStore(store).bookings() == []


async def test_odd_paths_give_a_message_and_write_nothing(store: Store, tmp_path: Path) -> None:
    binary = tmp_path / "bild.htm"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe" * 50)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        await pilot.press("i")
        screen = app.screen
        for path in ("bad\x00name.md", str(binary), str(tmp_path)):
            await fill(pilot, screen.query_one("#import-path", Input), path)
            await settle(app, pilot)
            result = screen.query_one("#import-result", Static)
            assert result.has_class("-problem"), path
            assert shown_text(result).startswith("Inget importerat:")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is screen
    assert store.dialogues() == []


async def test_a_tip_added_in_the_library_is_offered_in_the_meeting(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "t")
        await pilot.press("a", *"Ring plattformens support om inloggningen krånglar", "enter")
        await settle(app, pilot)
        await pilot.press("escape", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("alt+t", *"plattformens supp")
        await pilot.pause()
        tips = app.screen.query_one("#quick-tips", OptionList)
        assert tips.option_count >= 1 and tips.region.height >= 1
        shown = [str(tips.get_option_at_index(i).prompt) for i in range(tips.option_count)]
        assert shown[0] == "Ring plattformens support om inloggningen krånglar"
        await pilot.press("down", "enter")
        await settle(app, pilot)
        (entry,) = app.screen.session.entries
    library = PrepStore(store).load_tips()
    assert entry.tip_id == library.tips[-1].id, "the given tip is counted as the library's"


async def test_imported_questions_are_added_after_a_dialogues_own(store: Store) -> None:
    own = Dialogue(title="Hemtjänst 2027", questions=[Question("Egen fråga?", Theme.OTHER)])
    store.save_dialogue(own)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        titles = [d.title for d in app.screen.dialogues]
        app.screen.query_one(DataTable).move_cursor(row=titles.index("Hemtjänst 2027"))
        await pilot.press("i")
        screen = app.screen
        path = str(SAMPLES / "word-dialogfragor.htm")
        await fill(pilot, screen.query_one("#import-path", Input), path)
        await settle(app, pilot)
        screen.query_one("#import-target").focus()
        await pilot.press("enter", "down", "enter", "ctrl+s")
        await settle(app, pilot)
    (dialogue,) = store.dialogues()
    assert dialogue.id == own.id and dialogue.title == "Hemtjänst 2027"
    assert dialogue.questions[0].text == "Egen fråga?"
    assert len(dialogue.questions) == 1 + len(import_questions(path).questions)
    assert dialogue.questions[1].theme is Theme.NEEDS


async def test_the_hourly_cost_for_the_summary_is_set_in_the_editor(store: Store) -> None:
    store.save_dialogue(Dialogue(title="Snöröjning"))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        titles = [d.title for d in app.screen.dialogues]
        app.screen.query_one(DataTable).move_cursor(row=titles.index("Snöröjning"))
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#ed-rate", Input).focus()
        await pilot.press(*"650", "ctrl+s")
        await settle(app, pilot)
    assert stored_dialogue(store, "Snöröjning").hourly_rate == 650


async def test_a_file_being_read_shows_a_progress_bar_until_its_questions_show(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading = threading.Event()
    may_finish = threading.Event()
    real_import = import_preview.import_questions

    def slow_import(path: Path):
        reading.set()
        may_finish.wait(10)
        return real_import(path)

    monkeypatch.setattr(import_preview, "import_questions", slow_import)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot, "g")
        await pilot.press("i")
        screen = app.screen
        bar = screen.query_one("#import-progress")
        assert not bar.display
        await fill(
            pilot, screen.query_one("#import-path", Input), str(SAMPLES / "word-dialogfragor.htm")
        )
        reading.wait(10)
        await pilot.pause()
        assert bar.display, "shown while the file is read"
        may_finish.set()
        await settle(app, pilot)
        assert not bar.display
        assert "Behov" in shown_text(screen.query_one("#import-result", Static))
