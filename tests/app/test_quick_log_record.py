"""The quick log loses nothing: a draft is kept like the notes, keys typed right after Enter land
in the notes, and a filter word picks the one library tip it matches."""

from __future__ import annotations

import pytest
from textual import events
from textual.widget import AwaitMount
from textual.widgets import Input, TextArea

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import new_session
from facilitator.domain.tips import starter_tips
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.widgets.quick_log import QuickLog
from tests.app.helpers import make_app, settle
from tests.conftest import FakeClock


def burst(app: FacilitatorApp, *keys: str) -> None:
    """Keys queued at once, as a fast typist's keys reach the app (no waiting between them)."""
    for key in keys:
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


async def test_a_quick_log_entry_being_typed_is_kept_like_the_notes(store: Store) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    app = make_app(store, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("alt+m", *"Kan inte leverera", "tab", *"Städ")
        await pilot.pause(SAVE_DELAY + 0.1)
        for _ in range(50):  # saved like any typing (on a busy machine, a little later)
            draft = store.load_session(session.id).entry_draft
            if draft is not None and draft.future_needs == "Städ":
                break
            await pilot.pause(0.1)
        assert draft is not None
        assert (draft.kind, draft.text, draft.future_needs) == (
            EntryKind.MISMATCH,
            "Kan inte leverera",
            "Städ",
        )
    # The app is gone (as after kill -9): the next run brings the entry back as it was.
    again = make_app(store, clock=FakeClock(boot="next-run"), session_id=session.id)
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(again, pilot)
        if again.screen.__class__.__name__ == "ConfirmScreen":
            await pilot.press("y")  # the time the app was closed counts
            await settle(again, pilot)
        quick = again.screen.query_one(QuickLog)
        assert quick.display
        assert again.screen.query_one("#quick-text", Input).value == "Kan inte leverera"
        await pilot.press(*" VVS", "enter")
        await settle(again, pilot)
    stored = store.load_session(session.id)
    assert [(e.text, e.future_needs) for e in stored.entries] == [("Kan inte leverera VVS", "Städ")]
    assert stored.entry_draft is None


async def test_text_typed_right_after_enter_lands_in_the_notes(store: Store) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    app = make_app(store, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("alt+i")
        burst(app, *"Brist", "enter", *"Sedan")
        await pilot.pause(SAVE_DELAY + 0.1)
        await settle(app, pilot)
        assert [e.text for e in session.entries] == ["Brist"]
        assert app.screen.query_one("#notes", TextArea).text == "Sedan"
        assert isinstance(app.focused, TextArea)
        qid = session.questions[0].id
        for _ in range(50):  # saved like any typing (on a busy machine, a little later)
            if store.load_session(session.id).notes.get(qid) == "Sedan":
                break
            await pilot.pause(0.1)
    assert store.load_session(session.id).notes[qid] == "Sedan"


async def test_enter_on_a_filter_word_logs_the_one_library_tip_it_matches(store: Store) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    app = make_app(store, session=session)
    expected = starter_tips().filter("espd", "sv")
    assert len(expected) == 1
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("alt+t", *"espd")
        await pilot.pause()
        assert "det enda som passar" in str(app.screen.query_one("#quick-hint").render())
        await pilot.press("enter")
        await settle(app, pilot)
        (entry,) = session.entries
        assert (entry.text, entry.tip_id) == (expected[0].text, expected[0].id)


async def test_another_quick_log_key_changes_the_kind_and_keeps_the_text(store: Store) -> None:
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    app = make_app(store, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("alt+m", *"Få elektriker", "alt+i", "enter")
        await settle(app, pilot)
        assert [(e.kind, e.text) for e in session.entries] == [(EntryKind.INSIGHT, "Få elektriker")]
        assert isinstance(app.focused, TextArea), "focus is back in the notes"


async def test_a_quick_log_key_pressed_before_the_quick_log_is_made_opens_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick log's fields are made after the meeting is first drawn; a key pressed before
    that opens it all the same, and what is typed next lands in it."""
    made_after_drawing: list[MeetingScreen] = []
    mount = MeetingScreen._mount_quick_log

    def not_yet(screen: MeetingScreen) -> AwaitMount | None:
        if not made_after_drawing:
            made_after_drawing.append(screen)  # the call after the first draw: held back
            return None
        return mount(screen)

    monkeypatch.setattr(MeetingScreen, "_mount_quick_log", not_yet)
    app = make_app(store, session=new_session(demo_dialogue(), "Exempel Bygg AB"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert made_after_drawing == [screen] and not screen.query(QuickLog)
        burst(app, "alt+t", *"Läs förfrågan")
        await settle(app, pilot)
        assert screen.query_one(QuickLog).display
        assert screen.query_one("#quick-text", Input).value == "Läs förfrågan"
