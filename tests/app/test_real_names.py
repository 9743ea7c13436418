"""Real names are long: a 60-character supplier or a long dialogue title is shortened with an
ellipsis, never the clocks or the other columns."""

from __future__ import annotations

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.widgets.status_line import StatusLine
from tests.app.test_meeting_screen import settle
from tests.conftest import FakeClock

SUPPLIER = "Norrbottens Samverkande Bygg och Anläggningsentreprenörer AB"  # 60 characters


@pytest.mark.parametrize(("lang", "meeting"), [("sv", "Möte"), ("en", "Meeting")])
async def test_a_long_supplier_name_gives_way_to_the_clocks(
    store: Store, lang: str, meeting: str
) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), SUPPLIER)
    app = FacilitatorApp(store, lang, session=session, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("alt+s")
        clock.advance(75)
        await pilot.pause(1.1)  # the clocks are redrawn every second
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        line = app.export_screenshot()
        status = str(screen.query_one(StatusLine).render())
        assert len(status.splitlines()) == 1
        assert status.startswith("● Norrbottens Samverkan")
        assert "…" in status and SUPPLIER not in status
        assert f"{meeting} 1:15 (" in status, "the meeting clock shows"
        assert status.rstrip().endswith(("före", "ahead")), "the plan balance shows whole"
        assert "\u2026" in line
        await pilot.resize_terminal(160, 45)
        await settle(app, pilot)
        assert SUPPLIER in str(screen.query_one(StatusLine).render()), "room enough: in full"
