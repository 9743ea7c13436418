"""The learning loop in the wrap-up: rate each question asked, write a lesson about the format."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from facilitator.storage.registers import insights
from facilitator.storage.store import Store
from facilitator.ui.screens.wrapup import WrapUpScreen
from tests.app.helpers import settle, wrap_up


async def test_rating_a_question_and_a_lesson_are_saved_and_reach_the_insights(
    store: Store,
) -> None:
    async with wrap_up(store, "en") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, WrapUpScreen)
        session = screen.session
        changed_before = session.minutes_changed_at
        await pilot.press("alt+n", "alt+o", "alt+o")
        await settle(app, pilot)
        first = session.discussed_questions()[0]
        assert session.question_ratings == {first.id: "partly"}
        prompts = screen.query_one("#wrap-questions", OptionList)
        prompt = str(prompts.get_option(first.id).prompt)
        assert prompt.endswith("(opened: partly)")
        await pilot.press("alt+f")
        await settle(app, pilot)
        app.screen.query_one(Input).value = "Färre frågor, mer tid per fråga."
        await pilot.press("enter")
        await settle(app, pilot)
        assert session.minutes_changed_at == changed_before  # not a change of the minutes
        undiscussed = session.undiscussed_questions()[0]
        prompts.highlighted = prompts.get_option_index(undiscussed.id)
        await settle(app, pilot)
        await pilot.press("alt+o")
        await settle(app, pilot)
        assert undiscussed.id not in session.question_ratings
    stored = store.load_session(session.id)
    assert stored.question_ratings == {first.id: "partly"}
    assert stored.format_lesson == "Färre frågor, mer tid per fråga."
    found = insights(store)
    rated = next(q for q in found.questions if q.text == first.text)
    assert rated.rating == 0.5
    assert [lesson.text for lesson in found.lessons] == ["Färre frågor, mer tid per fråga."]
