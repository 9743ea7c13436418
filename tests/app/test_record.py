"""The record tells the truth: notes outside any question are kept, and a question's state is
what happened (and can be corrected in the wrap-up)."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Static, TextArea

from facilitator.domain.dialogue import Dialogue
from facilitator.domain.session import QuestionState, new_session
from facilitator.export import render_minutes
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.dialogue_editor import DialogueEditorScreen
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.test_wrapup import settle, wrap_up
from tests.conftest import FakeClock


async def test_notes_in_a_dialogue_without_questions_are_saved(store: Store) -> None:
    session = new_session(Dialogue("Öppen dialog"), "Exempel Bygg AB")
    app = FacilitatorApp(store, "sv", session=session, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press(*"Marknaden är liten")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot)
        assert app.screen.query_one("#notes", TextArea).border_title == "Övriga anteckningar"
    stored = store.load_session(session.id)
    assert stored.general_notes == "Marknaden är liten"
    stored.end(FakeClock())
    assert "Marknaden är liten" in render_minutes(stored, "txt", "sv")


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
    app = FacilitatorApp(store, "sv", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
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
        assert [n.message for n in app._notifications][-1].startswith("Mötets längd ska vara")
    (stored,) = [d for d in store.dialogues() if d.title == "Snöröjning"]
    assert stored.planned_minutes == 30, "nothing saved, and 0 was not made 1"
