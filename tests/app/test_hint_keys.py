"""The hints of the screens and dialogs name the keys the keymap file gives, not the defaults."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, Static

from facilitator.storage.store import Store
from facilitator.ui.screens.booking_form import BookingFormScreen
from facilitator.ui.screens.bookings import BookingsScreen
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.help import HelpScreen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.screens.registers import ActionsScreen
from facilitator.ui.widgets.open_actions import OpenActions
from tests.app.helpers import SIZE, demo_meeting, go, make_app, shown_text
from tests.conftest import FakeClock
from tests.unit.register_helpers import stored_meeting

KEYMAP = (
    '{"home.new_session": "f2", "help.close": "f9,escape", "bookings.new_booking": "f6",'
    ' "booking_form.save": "f3", "actions.toggle_done": "f4"}'
)


async def test_home_the_help_the_bookings_and_the_booking_form_name_the_remapped_keys(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text(KEYMAP)
    app = make_app(store, "en")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot)
        home = shown_text(app.screen.query_one("#home-hint", Label))
        assert "f2 starts a new meeting" in home and "n starts" not in home

        await go(app, pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        closing = shown_text(app.screen.query_one(".form-hint", Label))
        assert closing.strip() == "f9 or Esc closes the help."
        table = shown_text(app.screen.query_one("#help-keys", Static))
        rows = [row.split() for row in table.splitlines()]
        assert ["f2", "New", "meeting"] in rows and ["n", "New", "meeting"] not in rows
        assert rows.index(["f2", "New", "meeting"]) == 1, "in the order the screen declares it"

        await go(app, pilot, "escape", "b")
        assert isinstance(app.screen, BookingsScreen)
        bookings = shown_text(app.screen.query_one("#bookings-hint", Label))
        assert "f6 books one" in bookings and "n books" not in bookings

        await go(app, pilot, "f6")
        assert isinstance(app.screen, BookingFormScreen)
        form = shown_text(app.screen.query_one("#bk-hint", Static))
        assert "f3 or Enter saves · Esc cancels" in form and "ctrl+s" not in form


async def test_a_register_names_its_remapped_key_in_swedish(
    store: Store, clock: FakeClock, own_keymap: Path
) -> None:
    stored_meeting(store, clock, "Åkes Bygg AB")
    own_keymap.write_text(KEYMAP)
    app = make_app(store, "sv", clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot)
        home = shown_text(app.screen.query_one("#home-hint", Label))
        assert "f2 nytt möte" in home and "n nytt" not in home

        await go(app, pilot, "o")
        assert isinstance(app.screen, ActionsScreen)
        detail = shown_text(app.screen.query_one("#register-detail", Label))
        assert "f4 bockar av" in detail and "mellanslag" not in detail


async def test_the_help_over_a_question_names_its_remapped_key_in_swedish(
    store: Store, own_keymap: Path
) -> None:
    own_keymap.write_text('{"confirm.answer_True": "f7"}')
    app = make_app(store, "sv")
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot)
        app.push_screen(ConfirmScreen("Avsluta mötet?"))
        await go(app, pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        purpose = shown_text(app.screen.query_one("#help-purpose", Static))
        assert "f7 svarar ja, n eller Esc svarar nej" in purpose
        keys = shown_text(app.screen.query_one("#help-keys", Static))
        assert "Project-Id-Version" not in keys, "a key without a description is not listed"


async def test_open_actions_beyond_those_listed_name_the_key_of_the_actions_register(
    store: Store, clock: FakeClock, own_keymap: Path
) -> None:
    for _ in range(3):  # two open actions each: six, of which four are listed
        stored_meeting(store, clock, "Åkes Bygg AB")
    own_keymap.write_text('{"home.actions": "f5"}')
    app = make_app(store, "en", clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await go(app, pilot)
        app.start_session(demo_meeting("Åkes Bygg AB"))
        await go(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        panel = str(app.screen.query_one(OpenActions).render())
        assert "… and 2 more (f5 on home)" in panel
