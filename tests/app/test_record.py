"""The record tells the truth: notes outside any question are kept, and a question's state is
what happened (and can be corrected in the wrap-up)."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import QuestionState, new_session
from facilitator.export import render_minutes
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.wrapup_forms import EntryForm
from tests.app.helpers import Notices, go, make_app, settle, wrap_up


async def test_notes_in_a_dialogue_without_questions_are_saved(store: Store) -> None:
    session = new_session(Dialogue("Öppen dialog"), "Exempel Bygg AB")
    app = make_app(store, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press(*"Marknaden är liten")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot)
        assert app.screen.query_one("#notes", TextArea).border_title == "Övriga anteckningar"
        assert store.load_session(session.id).general_notes == "Marknaden är liten"
        await pilot.press("alt+e", "y")
        await settle(app, pilot)
        await pilot.press("alt+n")  # the wrap-up's notes: the general notes, to correct
        editor = app.screen.query_one("#wrap-editor", TextArea)
        assert editor.text == "Marknaden är liten"
        await pilot.press(*" i länet")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot)
    stored = store.load_session(session.id)
    assert stored.general_notes == "Marknaden är liten i länet"
    minutes = render_minutes(stored, "txt", "sv")
    assert "Marknaden är liten i länet" in minutes and "Dialogen hade inga frågor." in minutes


async def test_the_wrap_up_changes_a_questions_state(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        q1 = session.questions[0].id
        questions = app.screen.query_one("#wrap-questions", OptionList)
        await pilot.press("alt+n")
        assert str(questions.get_option_at_index(0).prompt).startswith("✓ 1.")
        expected = [
            (QuestionState.SKIPPED, "↷ 1.", "1. Hur ser ni på"),
            (QuestionState.PENDING, "· 1.", "1. Hur ser ni på"),
            (QuestionState.DONE, "✓ 1.", None),
        ]
        for state, prompt, undiscussed in expected:
            await pilot.press("alt+k")
            await settle(app, pilot)
            assert str(questions.get_option_at_index(0).prompt).startswith(prompt)
            stored = store.load_session(session.id)
            assert stored.state_of(q1) is state
            text = render_minutes(stored, "txt", "sv")
            section = text.split("FRÅGOR SOM INTE DISKUTERADES")[1]
            if undiscussed is None:
                assert "1. " not in section.split("\n\n")[1]
            else:
                assert undiscussed in section.split("\n\n")[1]


async def test_a_planned_length_of_zero_is_refused_with_a_message(store: Store) -> None:
    store.save_dialogue(Dialogue(title="Snöröjning", planned_minutes=30))
    app = make_app(store)
    told = Notices()
    async with app.run_test(size=(80, 24), message_hook=told) as pilot:
        await go(app, pilot, "g")
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=[d.title for d in app.screen.dialogues].index("Snöröjning"))
        await pilot.press("e")
        await settle(app, pilot)
        editor = app.screen
        assert isinstance(editor, DialogueEditorScreen)
        planned = editor.query_one("#ed-planned", Input)
        planned.focus()
        planned.value = ""
        await pilot.press("0", "ctrl+s")
        await settle(app, pilot)
        assert app.focused is planned
        assert "minst 1" in str(editor.query_one("#ed-total", Static).content)
        assert told.messages[-1].startswith("Mötets längd ska vara")
    (stored,) = [d for d in store.dialogues() if d.title == "Snöröjning"]
    assert stored.planned_minutes == 30, "nothing saved, and 0 was not made 1"


async def test_the_wrap_up_deletes_adds_and_changes_the_kind_of_entries(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("alt+p")  # entries: insight, mismatch, tip
        await pilot.press("d", "y")  # the insight goes
        await settle(app, pilot)
        await pilot.press("e")  # the mismatch becomes an action
        form = app.screen
        assert isinstance(form, EntryForm)
        form.query_one("#form-kind", Select).value = EntryKind.ACTION.value
        await pilot.pause()
        assert not form.query_one("#form-future_needs", Input).display
        form.query_one("#form-owner", Input).value = "Karin"
        form.query_one("#form-text", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("a")  # and a new market insight
        form = app.screen
        assert isinstance(form, EntryForm)
        form.query_one("#form-kind", Select).value = EntryKind.INSIGHT.value
        await pilot.press(*"Få leverantörer i länet", "enter")
        await settle(app, pilot)
        stored = store.load_session(session.id)
        kinds = [(e.kind, e.text, e.owner, e.future_needs) for e in stored.entries]
        assert kinds == [
            (EntryKind.ACTION, "Kan inte VVS", "Karin", ""),
            (EntryKind.TIP, "Läs hela förfrågan", "", ""),
            (EntryKind.INSIGHT, "Få leverantörer i länet", "", ""),
        ]
        assert stored.minutes_changed_at is not None
        text = render_minutes(stored, "txt", "sv")
        assert "Marknaden saknar jour" not in text and "Få leverantörer i länet" in text


async def test_a_free_tip_is_saved_to_the_tips_library_from_the_wrap_up(store: Store) -> None:
    told = Notices()
    async with wrap_up(store, message_hook=told) as (app, pilot):
        session = app.screen.session
        await pilot.press("alt+p", "t")  # the insight is not a tip
        await settle(app, pilot)
        assert "Bara ett eget tips" in told.messages[-1]
        await pilot.press("down", "down", "t")
        await settle(app, pilot)
        library = PrepStore(store).load_tips()
        (kept,) = [tip for tip in library.tips if tip.text == "Läs hela förfrågan"]
        assert kept.lang == "sv"
        assert store.load_session(session.id).entries[2].tip_id == kept.id
        await pilot.press("t")  # a second time: it is a library tip now
        await settle(app, pilot)
        assert len(PrepStore(store).load_tips().tips) == len(library.tips)
