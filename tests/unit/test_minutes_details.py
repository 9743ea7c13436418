"""What a line of the minutes says, exactly: no made-up details, author or notes, and every time
read in the meeting's time zone whatever zone it was stored in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.minutes import build_minutes
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session, new_session
from facilitator.export import finalise_minutes, render_minutes
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import (
    START,
    confidential_note_lines_meeting,
    finished_meeting,
    open_text,
    secret,
)


def _lines(session: Session, lang: str = "en") -> list[str]:
    text = render_minutes(session, "txt", lang)
    assert isinstance(text, str)
    return text.splitlines()


def test_a_notes_line_reads_as_written_with_no_details_added() -> None:
    lines = _lines(confidential_note_lines_meeting())
    assert f"• {open_text('rad')}" in lines
    assert f"• Confidential: {secret('utanskäl')}" in lines
    assert f"• Confidential: {secret('medskäl')} (Supplier's reason: {secret('skäl')})" in lines


def test_a_question_discussed_without_notes_says_so_and_nothing_else() -> None:
    session, _ = finished_meeting()
    q4 = build_minutes(session).discussed[-1]
    assert q4.number == 4 and q4.notes == []
    lines = _lines(session)
    heading = lines.index(f"4. {session.questions[3].text}")
    assert lines[heading + 5 : heading + 8] == ["No notes.", "", "QUESTIONS NOT DISCUSSED"]


def test_minutes_without_a_procurer_name_no_author() -> None:
    session, _ = finished_meeting()
    session.participants = [p for p in session.participants if p.role.value != "procurer"]
    assert build_minutes(session).author == ""
    assert "Minutes taken on 24 November 2026 at 14:46." in _lines(session)


@pytest.mark.usefixtures("new_york_computer")
def test_times_stored_in_any_zone_or_none_are_shown_in_the_meetings_zone() -> None:
    session, _ = finished_meeting()
    # Stored with another offset: the same moment, 14:05 in Stockholm.
    session.started_at = START.astimezone(timezone(timedelta(hours=2)))
    # Stored without a zone (an older file): read as UTC, not as the computer's time.
    session.ended_at = datetime(2026, 11, 24, 13, 46)
    minutes = build_minutes(session)
    assert minutes.start is not None and minutes.end is not None
    assert (minutes.start.hour, minutes.start.minute) == (14, 5)
    assert (minutes.end.hour, minutes.end.minute) == (14, 46)
    assert "Start: 14:05" in _lines(session) and "End: 14:46" in _lines(session)


def test_a_person_without_an_organisation_is_listed_under_their_side() -> None:
    session, _ = finished_meeting()
    session.participants.append(Participant("Olle Organisationslös", "", Role.PROCURER))
    groups = {g.organisation: g.people for g in build_minutes(session).participants}
    assert ("Olle Organisationslös", Role.PROCURER) in groups[session.dialogue.organisation]
    assert ("Sam Säljare", Role.SUPPLIER) in groups["Exempel Bygg AB"]


def test_minutes_of_a_running_meeting_count_the_current_question_up_to_now() -> None:
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    clock.advance(300)
    minutes = build_minutes(session, now=clock.now())
    (first,) = [q for q in minutes.discussed + minutes.undiscussed if q.number == 1]
    assert first.seconds_used == 300
    # Without a time given, now is the computer's clock: later still, never a crash.
    assert build_minutes(session).length_seconds > 300


def test_each_finalised_version_lists_every_version_it_replaces_and_not_itself() -> None:
    session, clock = finished_meeting()
    q1 = session.questions[0].id
    first = finalise_minutes(session, clock)
    assert "Replaces version" not in first.markdown["en"]
    for correction in ("Rättelse ett", "Rättelse två"):
        clock.advance(3600)
        session.record_correction(clock)
        session.set_note(q1, session.notes[q1] + "\n" + correction, clock)
        finalise_minutes(session, clock)
    third = session.minutes_versions[-1]
    assert third.number == 3
    replaces = [line for line in third.markdown["en"].splitlines() if "Replaces version" in line]
    assert [line.split(",")[0] for line in replaces] == ["Replaces version 2", "Replaces version 1"]


def test_opening_statements_outside_the_list_are_ignored() -> None:
    session, _ = finished_meeting()
    statements = session.dialogue.opening_statements
    session.opening_given = [len(statements), 1, -1]
    assert build_minutes(session).opening == [statements[1]]


def test_a_skipped_question_keeps_the_time_spent_on_it() -> None:
    session, _ = finished_meeting()
    skipped = build_minutes(session).undiscussed[0]
    assert (skipped.number, skipped.skipped, skipped.seconds_used) == (2, True, 60)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(8 * 60 + 29, "Time: 8 min of 8 min"), (8 * 60 + 30, "Time: 9 min of 8 min, 1 min over")],
)
def test_time_against_the_timebox_is_rounded_to_whole_minutes(seconds: int, shown: str) -> None:
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    session.set_note(session.questions[0].id, "Talade om jour", clock)
    clock.advance(seconds)
    session.end(clock)
    assert session.questions[0].timebox == 8
    assert shown in _lines(session)


def test_hours_are_written_in_the_minutes_language() -> None:
    clock = FakeClock(START)
    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.questions[1].timebox = 90
    session.start(clock)
    session.set_note(session.questions[0].id, "Talade länge", clock)
    clock.advance(65 * 60)
    session.go_to(session.questions[1].id, clock)
    session.set_note(session.questions[1].id, "Talade ännu längre", clock)
    clock.advance(65 * 60)
    session.end(clock)
    swedish = _lines(session, "sv")
    assert "Tid: 1 tim 5 min av 8 min, 57 min över" in swedish
    assert "Tid: 1 tim 5 min av 1 tim 30 min" in swedish
    assert "Time: 1 h 5 min of 1 h 30 min" in _lines(session, "en")


def test_every_moment_of_minutes_held_in_helsinki_is_in_helsinki_time() -> None:
    """A meeting held in another zone than Stockholm's: start, end, when written, when
    finalised, earlier versions and the last change all read in that zone."""
    session, clock = finished_meeting()
    session.timezone = "Europe/Helsinki"
    finalise_minutes(session, clock)
    final = build_minutes(session)
    clock.advance(3600)
    session.record_correction(clock)
    corrected = build_minutes(session)
    moments = [
        final.start, final.end, final.written_at, final.finalised_at, corrected.changed_at,
        *(when for _, when in corrected.previous_versions),
    ]
    assert corrected.previous_versions and final.timezone == "Europe/Helsinki"
    assert [str(getattr(moment, "tzinfo", None)) for moment in moments] == [
        "Europe/Helsinki"
    ] * len(moments)


def test_a_note_entry_of_a_question_no_longer_in_the_dialogue_goes_with_the_other_notes() -> None:
    """A note logged under a question later removed from the dialogue is not lost: it is listed
    with the notes outside any question, while a note of a question still there stays with it."""
    session, clock = finished_meeting()
    kept = session.log(EntryKind.NOTE, "Ramavtalet bör gälla fyra år", clock)
    gone = session.log(EntryKind.NOTE, "Jour krävs nattetid", clock)
    gone.question_id = "borttagen-fraga"
    minutes = build_minutes(session)
    where = {
        item.text: number
        for number, question in enumerate(minutes.discussed, 1)
        for item in question.notes
    }
    assert "Jour krävs nattetid" in [item.text for item in minutes.other_notes]
    assert "Jour krävs nattetid" not in where and "Ramavtalet bör gälla fyra år" in where
    assert kept.question_id is not None


def test_consent_to_a_recording_that_was_never_attached_is_not_said_to_be_a_transcript() -> None:
    """The supplier agreed to a recording, but no transcript was attached: the minutes do not say
    the meeting was transcribed."""
    session, _ = finished_meeting()
    session.transcript.consent = True
    for lang in ("sv", "en"):
        text = str(render_minutes(session, "md", lang))
        assert "Transcript" not in text and "Transkri" not in text
    assert not build_minutes(session).transcribed


def test_minutes_of_a_meeting_still_running_count_the_current_question_until_now() -> None:
    """Minutes written while the meeting runs (a draft to check): the question on screen has
    taken the time since it was reached."""
    clock = FakeClock(START)
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)
    clock.advance(5 * 60)
    session.set_note(session.questions[0].id, "Föredrar planerat underhåll", clock)
    minutes = build_minutes(session, now=clock.now())
    first = next(q for q in [*minutes.discussed, *minutes.undiscussed] if q.number == 1)
    assert first.seconds_used == 5 * 60
