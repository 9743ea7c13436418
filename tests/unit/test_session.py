"""The meeting's clocks, questions and log, driven by a fake clock."""

from __future__ import annotations

from datetime import date, timedelta

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import QuestionState, Session, Status, new_session
from tests.conftest import FakeClock


def demo(clock: FakeClock) -> Session:
    return new_session(demo_dialogue(), "Exempel Bygg AB")


def test_clock_does_not_run_until_started(clock: FakeClock) -> None:
    session = demo(clock)
    clock.advance(120)
    assert session.status is Status.PLANNED
    assert session.meeting_elapsed(clock) == 0
    assert session.meeting_remaining(clock) == 45 * 60


def test_elapsed_and_remaining_follow_the_clock_and_pauses(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    clock.advance(600)
    session.pause(clock)
    clock.advance(300)  # paused: does not count
    assert session.meeting_elapsed(clock) == 600
    session.start(clock)
    clock.advance(60)
    assert session.meeting_elapsed(clock) == 660
    assert session.meeting_remaining(clock) == 45 * 60 - 660


def test_over_time_gives_negative_remaining(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    clock.advance(46 * 60)
    assert session.meeting_remaining(clock) == -60
    first = session.questions[0]
    assert session.question_remaining(first.id, clock) == first.timebox * 60 - 46 * 60


def test_time_is_attributed_to_the_current_question(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    q1, q2 = session.questions[0], session.questions[1]
    clock.advance(90)
    session.next_question(clock)
    clock.advance(30)
    assert session.question_elapsed(q1.id, clock) == 90
    assert session.question_elapsed(q2.id, clock) == 30
    assert session.state_of(q1.id) is QuestionState.DONE
    assert session.state_of(q2.id) is QuestionState.CURRENT
    session.previous_question(clock)
    clock.advance(10)
    assert session.question_elapsed(q1.id, clock) == 100


def test_first_note_or_entry_starts_the_clock(clock: FakeClock) -> None:
    session = demo(clock)
    session.go_to(session.questions[0].id, clock)
    session.set_note(session.questions[0].id, "   ", clock)
    assert session.status is Status.PLANNED
    session.set_note(session.questions[0].id, "Första ordet", clock)
    assert session.status is Status.RUNNING
    other = demo(clock)
    other.log(EntryKind.TIP, "Registrera er på upphandlingsplattformen", clock)
    assert other.status is Status.RUNNING


def test_entries_keep_time_offset_question_and_fields(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    clock.advance(75)
    entry = session.log(
        EntryKind.MISMATCH, "Kan inte lämna anbud", clock, future_needs="Städtjänster 2027"
    )
    assert entry.at == clock.now() and entry.at.tzinfo is not None
    assert entry.offset == 75
    assert entry.question_id == session.questions[0].id
    action = session.log(
        EntryKind.ACTION, "Skicka underlag", clock, owner="Karin", due=date(2026, 12, 1)
    )
    assert (action.owner, action.due) == ("Karin", date(2026, 12, 1))
    assert session.entries_of(EntryKind.MISMATCH) == [entry]


def test_a_resumed_session_continues_from_the_wall_clock(clock: FakeClock) -> None:
    """After a crash, the monotonic clock is another process's: the wall clock carries on."""
    session = demo(clock)
    session.start(clock)
    clock.advance(300)
    restarted = FakeClock(start=clock.now(), boot="another-process")
    restarted.advance(60)
    assert session.meeting_elapsed(restarted) == 360


def test_monotonic_time_wins_within_one_process(clock: FakeClock) -> None:
    """A wall-clock jump (NTP, daylight saving) while running does not distort the meeting clock."""
    session = demo(clock)
    session.start(clock)
    clock.advance(60)
    clock._wall = clock._wall.replace(hour=clock._wall.hour + 1)
    assert session.meeting_elapsed(clock) == 60


def test_plan_balance_counts_remaining_timeboxes(clock: FakeClock) -> None:
    session = demo(clock)  # 45 min planned, timeboxes add up to 43
    session.start(clock)
    assert session.plan_balance(clock) == (45 - 43) * 60
    clock.advance(12 * 60)  # still on question 1 (8 min): 4 min over its box
    assert session.plan_balance(clock) == (45 - 12) * 60 - (43 - 8) * 60


def test_skipped_questions_are_not_discussed(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    session.set_note(session.questions[0].id, "Anteckning", clock)
    clock.advance(60)
    session.next_question(clock)
    second = session.current_question_id
    session.skip_current(clock)
    assert session.state_of(second) is QuestionState.SKIPPED
    assert session.current_question_id == session.questions[2].id
    clock.advance(60)
    session.end(clock)
    discussed = [q.id for q in session.discussed_questions()]
    assert discussed == [session.questions[0].id, session.questions[2].id]
    assert second in [q.id for q in session.undiscussed_questions()]


def test_end_stops_the_clock_for_good(clock: FakeClock) -> None:
    session = demo(clock)
    session.start(clock)
    clock.advance(100)
    session.end(clock)
    clock.advance(100)
    assert session.status is Status.FINISHED
    assert session.meeting_elapsed(clock) == 100
    assert session.ended_at == clock.now() - timedelta(seconds=100)
    session.start(clock)
    assert session.status is Status.FINISHED


def test_new_session_copies_the_dialogue(clock: FakeClock) -> None:
    dialogue = demo_dialogue()
    session = new_session(dialogue, "AB")
    dialogue.questions[0].text = "ändrad"
    assert session.questions[0].text != "ändrad"
    assert [p.name for p in session.participants] == [p.name for p in dialogue.participants]


def test_opening_statements_are_ticked_in_order_and_can_be_taken_back(clock: FakeClock) -> None:
    session = demo(clock)
    assert session.next_opening_statement() == 0
    session.tick_opening_statement()
    session.tick_opening_statement()
    assert session.opening_given == [0, 1]
    session.tick_opening_statement(0)
    assert session.opening_given == [1]
    assert session.next_opening_statement() == 0
    for _ in range(5):
        session.tick_opening_statement()
    assert session.opening_given == [0, 1, 2, 3]
    assert session.next_opening_statement() is None


def test_elapsed_time_is_never_negative_when_the_wall_clock_was_set_back_between_runs(
    clock: FakeClock,
) -> None:
    """A restart after the computer's clock was set back an hour: the meeting keeps the time it
    had, it does not lose an hour or count backwards."""
    session = demo(clock)
    session.start(clock)
    clock.advance(300)
    session.pause(clock)
    session.start(clock)  # running again when the program was closed
    clock.advance(60)
    earlier = clock.now() - timedelta(hours=1)
    restarted = FakeClock(start=earlier, boot="another-process")
    assert session.meeting_elapsed(restarted) == 300
    assert session.question_elapsed(session.questions[0].id, restarted) == 300
    restarted.advance(45)
    assert session.meeting_elapsed(restarted) == 300
