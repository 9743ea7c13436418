"""Every screen as the user sees it, at 80x24 (the meeting screen also at 160x45 and 40x12), in
Swedish and a few in English: a screenshot compared with the one approved before.

After a change to how a screen looks, `pytest tests/snapshot --snapshot-update` writes the new
screenshots; look at each changed SVG before committing it (see the README's testing section).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from tests.app.helpers import demo_meeting, finished_meeting, make_app, settle
from tests.conftest import FakeClock
from tests.unit.summary_helpers import NOW

SAMPLES = Path(__file__).parent.parent / "samples"
RunBefore = Callable[[Pilot[None]], Awaitable[None]]
SnapCompare = Callable[..., bool]
Keys = tuple[str, ...]


def still(app: FacilitatorApp) -> None:
    """No notification left and no cursor blinking, on every screen (a screen under a dialog is
    drawn again, so that it shows its fields as they are now)."""
    app.clear_notifications()
    for screen in app.screen_stack:
        for field in screen.query("Input, TextArea").results((Input, TextArea)):
            field.cursor_blink = False
            field.refresh()


def after(*steps: str | float) -> RunBefore:
    """Settle, then each step: a key pressed and the app settled, or a number of seconds waited;
    the screen made still before the first step and after the last."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, FacilitatorApp)
        await settle(app, pilot)
        still(app)
        for step in steps:
            if isinstance(step, str):
                await pilot.press(step)
            else:
                await pilot.pause(step)
            await settle(app, pilot)
        still(app)
        await pilot.pause()

    return run_before


def running_meeting(store: Store, clock: FakeClock) -> Session:
    """A meeting twelve minutes in: notes on the first two questions, one of each quick log."""
    session = demo_meeting()
    session.start(clock)
    first, second = session.questions[0].id, session.questions[1].id
    session.set_note(first, "Föredrar planerat underhåll\nJour kräver två tekniker", clock)
    clock.advance(8 * 60)
    session.log(EntryKind.MISMATCH, "Kan inte VVS", clock, future_needs="Städ 2027")
    session.log(EntryKind.TIP, "Läs hela förfrågan", clock)
    session.go_to(second, clock)
    clock.advance(4 * 60)
    session.log(EntryKind.INSIGHT, "Brist på elektriker i regionen", clock)
    session.log(
        EntryKind.ACTION, "Skicka volymuppgifter", clock, owner="Josefine", due=date(2026, 12, 4)
    )
    session.set_note(second, "Inom fyra timmar dagtid", clock)
    store.save_session(session)
    return session


def meeting_app(store: Store, lang: str = "sv") -> FacilitatorApp:
    clock = FakeClock(NOW)
    session = running_meeting(store, clock)
    return make_app(store, lang, clock=clock, session_id=session.id)


def minutes_app(store: Store, lang: str = "sv") -> FacilitatorApp:
    clock = FakeClock(NOW)
    session = finished_meeting(store, clock)
    return make_app(store, lang, clock=clock, session_id=session.id)


def home_app(store: Store, lang: str = "sv") -> FacilitatorApp:
    return make_app(store, lang, clock=FakeClock(NOW))


class TestHome:
    @pytest.mark.parametrize("lang", ["sv", "en"])
    def test_home(self, snap_compare: SnapCompare, office: Store, lang: str) -> None:
        assert snap_compare(home_app(office, lang), run_before=after())

    def test_new_meeting(self, snap_compare: SnapCompare, office: Store) -> None:
        assert snap_compare(home_app(office), run_before=after("n"))


class TestMeeting:
    @pytest.mark.parametrize(
        ("lang", "size"),
        [("sv", (80, 24)), ("sv", (160, 45)), ("sv", (40, 12)), ("en", (80, 24))],
        ids=["sv", "sv-160x45", "sv-40x12", "en"],
    )
    def test_meeting(
        self, snap_compare: SnapCompare, data: Store, lang: str, size: tuple[int, int]
    ) -> None:
        assert snap_compare(meeting_app(data, lang), run_before=after(), terminal_size=size)

    @pytest.mark.parametrize("key", ["f1", "alt+e"], ids=["help", "end"])
    def test_dialog(self, snap_compare: SnapCompare, data: Store, key: str) -> None:
        assert snap_compare(meeting_app(data), run_before=after(key))


class TestMinutes:
    @pytest.mark.parametrize("lang", ["sv", "en"])
    def test_minutes(self, snap_compare: SnapCompare, data: Store, lang: str) -> None:
        assert snap_compare(minutes_app(data, lang), run_before=after())

    def test_save_as(self, snap_compare: SnapCompare, data: Store) -> None:
        assert snap_compare(minutes_app(data), run_before=after("s"))


class TestWrapUp:
    @pytest.mark.parametrize(
        "keys",
        [("r",), ("r", "a"), ("r", "alt+p"), ("r", "alt+p", "e"), ("r", "alt+p", "alt+r")],
        ids=["participants", "participant_form", "log", "entry_form", "reason_form"],
    )
    def test_wrap_up(self, snap_compare: SnapCompare, data: Store, keys: Keys) -> None:
        assert snap_compare(minutes_app(data), run_before=after(*keys))


class TestDialogues:
    @pytest.mark.parametrize(
        "keys", [("g",), ("g", "n"), ("g", "x")], ids=["list", "new_dialogue", "export_to"]
    )
    def test_dialogues(self, snap_compare: SnapCompare, office: Store, keys: Keys) -> None:
        assert snap_compare(home_app(office), run_before=after(*keys))


class TestDialogueEditor:
    @pytest.mark.parametrize(
        "keys", [("g", "e"), ("g", "e", "alt+n", "a")], ids=["editor", "question_form"]
    )
    def test_editor(self, snap_compare: SnapCompare, office: Store, keys: Keys) -> None:
        assert snap_compare(home_app(office), run_before=after(*keys))


class TestImport:
    def test_preview(self, snap_compare: SnapCompare, office: Store) -> None:
        Path("frågor.md").write_bytes((SAMPLES / "road-maintenance.md").read_bytes())
        steps = after("g", "i", *"frågor.md", "enter")
        assert snap_compare(home_app(office), run_before=steps)


class TestBookings:
    @pytest.mark.parametrize("keys", [("b",), ("b", "n")], ids=["list", "booking_form"])
    def test_bookings(self, snap_compare: SnapCompare, office: Store, keys: Keys) -> None:
        assert snap_compare(home_app(office), run_before=after(*keys))


class TestTipsLibrary:
    def test_library(self, snap_compare: SnapCompare, office: Store) -> None:
        assert snap_compare(home_app(office), run_before=after("t"))


class TestSummary:
    def test_summary(self, snap_compare: SnapCompare, office: Store) -> None:
        assert snap_compare(home_app(office), run_before=after("a"))


class TestSearch:
    def test_hits(self, snap_compare: SnapCompare, office: Store) -> None:
        steps = after("slash", *"elektriker", 0.3)
        assert snap_compare(home_app(office), run_before=steps)


class TestRegisters:
    @pytest.mark.parametrize(
        "keys",
        [("f",), ("f", "p"), ("o",), ("i",)],
        ids=["future_needs", "planned_in", "actions", "questions_and_lessons"],
    )
    def test_register(self, snap_compare: SnapCompare, office: Store, keys: Keys) -> None:
        assert snap_compare(home_app(office), run_before=after(*keys))
