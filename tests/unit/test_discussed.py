"""What counts as discussed, skipped or not reached, and a plan figure that holds still."""

from __future__ import annotations

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import Dialogue
from facilitator.domain.editing import add_question
from facilitator.domain.entries import EntryKind
from facilitator.domain.minutes import build_minutes
from facilitator.domain.session import MEANINGFUL_SECONDS, QuestionState, Session, new_session
from facilitator.export import render_minutes
from facilitator.storage import codec
from tests.conftest import FakeClock


def demo() -> Session:
    return new_session(demo_dialogue(), "Exempel Bygg AB")


def discussed_ids(session: Session) -> list[str]:
    return [q.id for q in session.discussed_questions()]


def test_a_skipped_question_passed_again_stays_skipped(clock: FakeClock) -> None:
    session = demo()
    session.start(clock)
    q1, q2, _q3 = (q.id for q in session.questions[:3])
    session.set_note(q1, "Föredrar planerat underhåll", clock)
    clock.advance(60)
    session.next_question(clock)
    session.skip_current(clock)  # q2 skipped, on to q3
    clock.advance(60)
    session.previous_question(clock)  # passes q2 again...
    clock.advance(45)  # ...and lingers, without notes
    session.next_question(clock)
    assert session.state_of(q2) is QuestionState.SKIPPED
    clock.advance(60)
    session.end(clock)
    assert q2 not in discussed_ids(session)
    assert session.is_skipped(q2)
    (undiscussed,) = [q for q in build_minutes(session).undiscussed if q.number == 2]
    assert undiscussed.skipped


def test_notes_taken_on_a_skipped_question_make_it_discussed(clock: FakeClock) -> None:
    session = demo()
    session.start(clock)
    q1 = session.questions[0].id
    session.skip_current(clock)
    session.go_to(q1, clock)
    session.set_note(q1, "Tog upp den ändå", clock)
    session.end(clock)
    assert q1 in discussed_ids(session) and not session.is_skipped(q1)


def test_a_question_on_screen_for_a_moment_is_not_discussed(clock: FakeClock) -> None:
    session = demo()
    session.start(clock)
    q1, q2, q3 = (q.id for q in session.questions[:3])
    clock.advance(1)
    session.next_question(clock)  # q1 glanced at for a second
    clock.advance(MEANINGFUL_SECONDS)
    session.next_question(clock)  # q2 talked about for half a minute
    session.log(EntryKind.INSIGHT, "Brist på elektriker", clock)  # q3 got an entry
    session.end(clock)
    assert session.state_of(q1) is QuestionState.PENDING
    assert discussed_ids(session) == [q2, q3]


def test_all_questions_discussed_is_not_said_when_one_was_skipped(clock: FakeClock) -> None:
    session = new_session(Dialogue("Två frågor"), "AB")
    add_question(session.dialogue, "Första")
    add_question(session.dialogue, "Andra")
    session.start(clock)
    session.set_note(session.questions[0].id, "Svar", clock)
    session.next_question(clock)
    session.skip_current(clock)
    session.previous_question(clock)
    clock.advance(40)
    session.next_question(clock)
    session.end(clock)
    text = render_minutes(session, "txt", "en")
    assert "All questions were discussed" not in text
    assert "2. Andra (skipped)" in text


def test_the_wrap_up_has_the_last_word_on_a_question(clock: FakeClock) -> None:
    session = demo()
    session.start(clock)
    q1, q2, q3 = (q.id for q in session.questions[:3])
    session.set_note(q1, "Antecknat på fel fråga", clock)
    session.end(clock)
    session.mark_question(q1, QuestionState.PENDING)
    session.mark_question(q2, QuestionState.DONE)
    session.mark_question(q3, QuestionState.SKIPPED)
    loaded = codec.decode(Session, codec.encode(session))
    assert discussed_ids(loaded) == [q2]
    assert [(q.id, loaded.is_skipped(q.id)) for q in loaded.undiscussed_questions()][:2] == [
        (q1, False),
        (q3, True),
    ]
    loaded.mark_question(q1, None)
    assert q1 in discussed_ids(loaded)


def test_the_plan_figure_does_not_jump_when_moving_back_and_forth(clock: FakeClock) -> None:
    session = demo()
    session.start(clock)
    before = session.plan_balance(clock)
    session.next_question(clock)
    session.previous_question(clock)
    assert session.plan_balance(clock) == before
    session.set_note(session.current_question_id or "", "Pratat en stund", clock)
    clock.advance(120)
    session.next_question(clock)  # left discussed, with time to spare: ahead by that time
    ahead = session.plan_balance(clock)
    session.previous_question(clock)
    assert session.plan_balance(clock) == ahead
    session.next_question(clock)
    session.next_question(clock)
    session.previous_question(clock)
    assert session.plan_balance(clock) == ahead


def test_notes_outside_any_question_are_general_notes_in_the_minutes(clock: FakeClock) -> None:
    session = new_session(Dialogue("Utan frågor"), "AB")
    session.set_note(None, "Allmänt om marknaden", clock)
    session.end(clock)
    loaded = codec.decode(Session, codec.encode(session))
    assert [i.text for i in build_minutes(loaded).other_notes] == ["Allmänt om marknaden"]
    for lang, heading in (("sv", "Övriga anteckningar"), ("en", "Other notes")):
        text = render_minutes(loaded, "txt", lang)
        assert heading.upper() in text.upper() and "Allmänt om marknaden" in text
    english = render_minutes(loaded, "txt", "en")
    assert "No questions were discussed" not in english
    assert "All questions were discussed" not in english
    assert "The dialogue had no questions" in english
