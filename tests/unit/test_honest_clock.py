"""The meeting clock after the app was closed (quit or crash), and a clock face that adds up."""

from __future__ import annotations

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import Session, count_closed_by_default, new_session
from facilitator.storage import codec
from tests.conftest import FakeClock


def closed_after(minutes_running: float, closed_minutes: float) -> tuple[Session, FakeClock]:
    """A meeting whose clock ran `minutes_running` before the app closed, loaded by a new run
    `closed_minutes` later."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)
    clock.advance(minutes_running * 60)
    session.mark_alive(clock)
    saved = codec.encode(session)
    later = FakeClock(start=clock.now(), boot="next-run")
    later.advance(closed_minutes * 60)
    return codec.decode(Session, saved), later


def test_a_lunch_break_with_the_app_closed_is_not_meeting_time() -> None:
    session, clock = closed_after(20, 60)
    assert session.closed_for(clock) == 3600
    assert not count_closed_by_default(3600)
    assert session.meeting_elapsed(clock) == 20 * 60, "as it stood when the app closed"
    session.resume_after_close(clock, count_closed=False)
    assert session.meeting_elapsed(clock) == 20 * 60
    clock.advance(5 * 60)
    assert session.meeting_elapsed(clock) == 25 * 60
    first = session.questions[0].id
    assert session.question_elapsed(first, clock) == 25 * 60
    assert session.closed_for(clock) is None, "decided once"


def test_a_quick_restart_while_the_meeting_went_on_is_counted() -> None:
    session, clock = closed_after(20, 2)
    assert session.closed_for(clock) == 120
    assert count_closed_by_default(120)
    session.resume_after_close(clock, count_closed=True)
    clock.advance(60)
    assert session.meeting_elapsed(clock) == 23 * 60


def test_the_moment_of_the_close_is_kept_until_it_is_decided() -> None:
    session, clock = closed_after(20, 60)
    session.mark_alive(clock)  # the screen ticks while the question is on screen
    assert session.closed_for(clock) == 3600
    clock.advance(60)
    assert session.meeting_elapsed(clock) == 20 * 60, "the clock stands still until decided"


def test_elapsed_and_remaining_add_up_to_the_planned_length(clock: FakeClock) -> None:
    session = new_session(demo_dialogue(), "AB")
    session.start(clock)
    for step in (0.4, 10.3, 0.9, 2689.0, 0.6, 11.2):
        clock.advance(step)
        shown_elapsed = int(session.meeting_elapsed(clock))
        assert shown_elapsed + session.meeting_remaining(clock) == 45 * 60


def test_a_meeting_saved_before_the_close_was_recorded_runs_on_as_before() -> None:
    session, clock = closed_after(20, 2)
    session.alive_at = None  # as a file written by an older version has it
    assert session.closed_for(clock) is None
    assert session.meeting_elapsed(clock) == 22 * 60
