"""Resuming a meeting after the app was closed: the app asks whether the time closed counts."""

from __future__ import annotations

from textual.widgets import Button

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import Session, new_session
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.meeting import MeetingScreen
from tests.app.test_wrapup import settle
from tests.conftest import FakeClock


def left_running(store: Store, seconds: float) -> tuple[Session, FakeClock]:
    """A meeting left running by an earlier run after `seconds`, saved as that run saved it."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)
    clock.advance(seconds)
    session.mark_alive(clock)
    store.save_session(session)
    return session, clock


async def resume(store: Store, session: Session, clock: FakeClock, closed: float, lang: str):
    later = FakeClock(start=clock.now(), boot="next-run")
    later.advance(closed)
    app = FacilitatorApp(store, lang, session_id=session.id, clock=later)
    return app, later


def question_of(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#confirm-question").render())


async def test_after_an_overnight_close_the_night_is_not_counted_by_default(store: Store) -> None:
    session, clock = left_running(store, 28)
    app, later = await resume(store, session, clock, 14 * 3600, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "stängd i 14 tim 0 min" in question_of(app) and "0:28" in question_of(app)
        assert app.focused is app.screen.query_one("#no", Button)
        await pilot.press("enter")
        await settle(app, pilot)
        meeting = app.screen
        assert isinstance(meeting, MeetingScreen)
        assert meeting.session.meeting_elapsed(later) == 28
        later.advance(60)
        assert meeting.session.meeting_elapsed(later) == 88
    assert store.load_session(session.id).meeting_elapsed(later) == 88


async def test_after_a_short_close_the_time_counts_by_default(store: Store) -> None:
    session, clock = left_running(store, 600)
    app, later = await resume(store, session, clock, 90, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "closed for 2 min" in question_of(app)
        assert app.focused is app.screen.query_one("#yes", Button)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.session.meeting_elapsed(later) == 690


async def test_the_resume_offer_reads_naturally(store: Store) -> None:
    _session, clock = left_running(store, 28)
    app = FacilitatorApp(store, "sv", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "? Mötet pågår; mötesklockan står på 0:28." in question_of(app)


async def test_quitting_a_running_meeting_says_it_can_be_resumed(store: Store) -> None:
    app = FacilitatorApp(store, "sv", session=new_session(demo_dialogue(), "AB"), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Första anteckningen")
        await pilot.press("ctrl+q")
        await pilot.pause()
        said = " ".join(str(r) for r in app._exit_renderables)
    assert "kan återupptas" in said
