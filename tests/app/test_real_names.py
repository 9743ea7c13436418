"""Real names are long: a 60-character supplier or a long dialogue title is shortened with an
ellipsis, never the clocks or the other columns."""

from __future__ import annotations

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.store import Store
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.widgets.status_line import StatusLine
from tests.app.helpers import make_app, settle
from tests.conftest import FakeClock

SUPPLIER = "Norrbottens Samverkande Bygg och Anläggningsentreprenörer AB"  # 60 characters


@pytest.mark.parametrize(("lang", "meeting"), [("sv", "Möte"), ("en", "Meeting")])
async def test_a_long_supplier_name_gives_way_to_the_clocks(
    store: Store, lang: str, meeting: str
) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), SUPPLIER)
    app = make_app(store, lang, clock=clock, session=session)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        await pilot.press("alt+s")
        clock.advance(75)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        for _ in range(50):  # the clocks are redrawn every second
            await pilot.pause(0.1)
            status = str(screen.query_one(StatusLine).render())
            if "1:15" in status:
                break
        line = app.export_screenshot()
        assert len(status.splitlines()) == 1
        assert status.startswith("● Norrbottens Samverkan")
        assert "…" in status and SUPPLIER not in status
        assert f"{meeting} 1:15 (" in status, "the meeting clock shows"
        assert status.rstrip().endswith(("före", "ahead")), "the plan balance shows whole"
        assert "\u2026" in line
        await pilot.resize_terminal(160, 45)
        await settle(app, pilot, after_typing=True)
        assert SUPPLIER in str(screen.query_one(StatusLine).render()), "room enough: in full"


TITLE = "Ramavtal hantverkstjänster i kommunens fastigheter"  # 50 characters


@pytest.mark.parametrize("lang", ["sv", "en"])
async def test_long_names_leave_every_column_of_the_home_screen_in_view(
    store: Store, lang: str
) -> None:
    from datetime import timedelta

    from textual.widgets import DataTable

    from facilitator.domain.booking import Booking
    from facilitator.storage.prep import PrepStore
    from facilitator.ui.screens.home import HomeScreen

    dialogue = demo_dialogue()
    dialogue.title = TITLE
    store.save_dialogue(dialogue)
    clock = FakeClock()
    held = new_session(dialogue, SUPPLIER)
    held.start(clock)
    clock.advance(600)
    held.end(clock)  # its time shows start and end
    store.save_session(held)
    booking = Booking(dialogue.id, SUPPLIER, scheduled_at=clock.now() + timedelta(hours=2))
    PrepStore(store).save_booking(booking)
    app = make_app(store, lang, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        if not isinstance(app.screen, HomeScreen):
            await pilot.press("n")  # do not resume the meeting
            await settle(app, pilot, after_typing=True)
        home = app.screen
        assert isinstance(home, HomeScreen)
        for table in home.query(DataTable):
            assert table.virtual_size.width <= table.size.width, table.id
        sessions = home.query_one("#sessions", DataTable)
        supplier = str(sessions.get_row_at(0)[2])
        assert supplier.endswith("…") and supplier[:-1] in SUPPLIER
        await pilot.resize_terminal(160, 45)
        await settle(app, pilot, after_typing=True)
        assert str(sessions.get_row_at(0)[2]) == SUPPLIER, "room enough: in full"
