"""The clocks are redrawn every second for hours: that redraws the status line only."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.storage.store import Store
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.widgets.status_line import StatusLine
from tests.app.helpers import make_app, settle
from tests.conftest import FakeClock


async def test_the_clock_ticking_does_not_lay_the_screen_out_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = make_app(store, "sv", clock=clock, session=new_session(demo_dialogue(), "Östgöta"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        await pilot.press("alt+s")
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        layouts: list[bool] = []
        refresh = StatusLine.refresh

        def spy(self: StatusLine, *args: Any, layout: bool = False, **kwargs: Any) -> Any:
            layouts.append(layout)
            return refresh(self, *args, layout=layout, **kwargs)

        monkeypatch.setattr(StatusLine, "refresh", spy)
        clock.advance(75)
        status = ""
        for _ in range(50):
            await pilot.pause(0.1)
            status = str(screen.query_one(StatusLine).render())
            if "1:15" in status:
                break
        assert "Möte 1:15 (" in status
        assert layouts, "the status line was redrawn"
        assert not any(layouts), "without laying the screen out again"
