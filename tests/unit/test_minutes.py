"""What the minutes say, the public version's redaction, and finalised versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from facilitator.domain.dialogue import Dialogue, Question, Theme
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.minutes import build_minutes
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import MeetingFormat, QuestionState, Session
from facilitator.domain.transcript_record import TranscriptLine
from facilitator.domain.versions import NotFinished, finalise, is_draft
from facilitator.export import finalise_minutes, render_minutes
from facilitator.storage import codec
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import SECRETS, START, finished_meeting, markdown_parts


def test_questions_in_the_order_discussed_with_time_against_timebox() -> None:
    session, _ = finished_meeting()
    minutes = build_minutes(session)
    assert [q.number for q in minutes.discussed] == [1, 3, 4]
    first = minutes.discussed[0]
    assert first.timebox_minutes == 8
    assert first.seconds_used == pytest.approx(9 * 60 + 50)
    assert [n.text for n in first.notes] == [
        "Föredrar planerat underhåll",
        "Timpris HEMLIGTPRIS kr",
        "Jour kräver två tekniker",
    ]
    assert [n.confidential for n in first.notes] == [False, True, False]
    assert first.notes[1].reason == "HEMLIGSKÄL: skadar förhandlingsläget"


def test_questions_not_discussed_say_whether_they_were_skipped() -> None:
    session, _ = finished_meeting()
    minutes = build_minutes(session)
    assert [(q.number, q.skipped) for q in minutes.undiscussed] == [
        (2, True),
        (5, False),
        (6, False),
    ]


def test_meeting_facts_in_the_sessions_time_zone() -> None:
    session, _ = finished_meeting()
    minutes = build_minutes(session)
    assert minutes.start is not None and minutes.end is not None
    assert (minutes.start.hour, minutes.start.minute) == (14, 5)
    assert minutes.meeting_date == date(2026, 11, 24)
    assert minutes.length_seconds == pytest.approx(41 * 60)
    assert minutes.timezone == "Europe/Stockholm"
    session.timezone = "America/New_York"
    assert build_minutes(session).start.hour == 8  # type: ignore[union-attr]
    session.timezone = "Not/AZone"
    assert build_minutes(session).start.hour == 14  # type: ignore[union-attr]


def test_participants_grouped_by_organisation_with_role() -> None:
    session, _ = finished_meeting("Exempel Bygg AB")
    groups = build_minutes(session).participants
    assert [g.organisation for g in groups] == [
        "Exempelby kommun",
        "Exempel Bygg AB",
        "Konsultbolaget",
    ]
    assert groups[0].people == [
        ("Josefine Upphandlare", Role.PROCURER),
        ("Karin Fastighetschef", Role.ORDERING_DEPARTMENT),
    ]
    assert groups[1].people == [("Sam Säljare", Role.SUPPLIER)]


def test_opening_statements_given_by_index() -> None:
    session, _ = finished_meeting()
    session.opening_given.append(0)  # said twice: recorded once
    statements = session.dialogue.opening_statements
    assert build_minutes(session).opening == [statements[0], statements[2]]


def test_log_entries_by_kind_with_their_details() -> None:
    session, _ = finished_meeting()
    minutes = build_minutes(session)
    assert [m.text for m in minutes.mismatches] == ["Kan inte ha jour", "Saknar F-skatt"]
    assert minutes.mismatches[0].future_needs == "Lokalvård"
    assert [t.text for t in minutes.tips] == ["Bevaka upphandlingar i e-Avrop"]
    assert minutes.insights[0].question_number == 3
    action = minutes.actions[0]
    assert (action.text, action.owner, action.due) == (
        "Skicka förfrågningsunderlag",
        "Josefine",
        date(2026, 12, 1),
    )
    assert minutes.author == "Josefine Upphandlare"


def test_public_minutes_keep_a_placeholder_but_nothing_of_a_confidential_item() -> None:
    session, _ = finished_meeting()
    minutes = build_minutes(session, public=True)
    items = (
        [n for q in minutes.discussed for n in q.notes]
        + minutes.mismatches
        + minutes.insights
        + minutes.actions
    )
    withheld = [i for i in items if i.withheld]
    assert len(withheld) == 4
    for item in withheld:
        assert (item.text, item.reason, item.future_needs, item.owner) == ("", "", "", "")
        assert item.due is None and item.question_number is None
    dump = repr(minutes)
    assert not [word for word in SECRETS if word in dump]
    # The internal minutes keep them, marked.
    internal = repr(build_minutes(session))
    assert all(word in internal for word in SECRETS)


def test_odd_characters_are_cleaned_once_for_every_format() -> None:
    session, clock = finished_meeting("Bygg\x00 AB\x1b")
    session.log(EntryKind.TIP, "rad ett\r\nrad två\x07", clock)
    minutes = build_minutes(session)
    assert minutes.supplier == "Bygg AB"
    assert minutes.tips[-1].text == "rad ett\nrad två"


def test_a_draft_until_finalised() -> None:
    session, clock = finished_meeting()
    assert is_draft(session)
    assert build_minutes(session).version is None
    version = finalise_minutes(session, clock, author="Josefine Upphandlare")
    assert version.number == 1
    assert not is_draft(session)
    assert version.finalised_at == clock.now()
    assert "Version 1, fastställd 24 november 2026 kl. 14:46" in version.markdown["sv"]
    assert "Version 1, finalised 24 November 2026 at 14:46" in version.markdown["en"]
    assert build_minutes(session).version == 1


def test_minutes_of_a_running_meeting_cannot_be_finalised() -> None:
    clock = FakeClock()
    session, _ = finished_meeting()
    session.status = session.status.RUNNING
    with pytest.raises(NotFinished):
        finalise(session, clock, lambda s, lang: "")


def test_finalising_unchanged_minutes_makes_no_new_version() -> None:
    session, clock = finished_meeting()
    first = finalise_minutes(session, clock)
    clock.advance(60)
    assert finalise_minutes(session, clock) is first
    assert len(session.minutes_versions) == 1


def test_a_correction_makes_a_new_version_and_keeps_the_earlier_one() -> None:
    session, clock = finished_meeting()
    finalise_minutes(session, clock)
    archived = session.minutes_versions[0].markdown["sv"]
    clock.advance(3600)
    session.record_correction(clock)
    q1 = session.questions[0].id
    session.set_note(q1, session.notes[q1] + "\nRättelse: två tekniker, inte tre", clock)
    draft = build_minutes(session)
    assert draft.version is None and draft.draft_version == 2
    assert draft.changed_at is not None and draft.changed_at.hour == 15
    text = render_minutes(session, "txt", "sv")
    assert "Utkast till version 2 (rättelse av fastställd version 1)" in text
    assert "Senast ändrade den 24 november 2026 kl. 15:46" in text
    clock.advance(60)
    second = finalise_minutes(session, clock)
    assert second.number == 2
    assert [v.number for v in session.minutes_versions] == [1, 2]
    assert session.minutes_versions[0].markdown["sv"] == archived
    assert "Rättelse" not in archived and "Rättelse" in second.markdown["sv"]
    assert "Ersätter version 1, fastställd 24 november 2026 kl. 14:46." in second.markdown["sv"]
    # The meeting's own times are those of the meeting, not of the correction.
    end = build_minutes(session).end
    assert session.is_finished and end is not None and (end.hour, end.minute) == (14, 46)


def test_versions_survive_saving_and_loading() -> None:
    session, clock = finished_meeting()
    finalise_minutes(session, clock, author="Josefine")
    loaded = codec.decode(Session, codec.encode(session))
    assert loaded.minutes_versions == session.minutes_versions
    assert loaded.minutes_author == "Josefine"
    assert not is_draft(loaded)


def test_minutes_of_a_meeting_not_yet_held_say_what_is_missing() -> None:
    from facilitator.domain.demo import demo_dialogue

    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    minutes = build_minutes(session)
    assert minutes.start is None and minutes.discussed == [] and len(minutes.undiscussed) == 6
    text = render_minutes(session, "txt", "en")
    assert "Start: Not recorded" in text and "No questions were discussed." in text


def test_a_running_meetings_length_counts_up_to_now(clock: FakeClock) -> None:
    from facilitator.domain.demo import demo_dialogue

    session = Session(dialogue=demo_dialogue(), supplier="Exempel Bygg AB")
    session.start(clock)
    clock.advance(600)
    assert build_minutes(session, now=clock.now()).length_seconds == pytest.approx(600)
    assert "Längd: 10 min (planerat 45 min)" in render_minutes(
        session, "txt", "sv", now=clock.now()
    )


@pytest.mark.parametrize(
    ("lang", "heading"), [("sv", "Lämnad information"), ("en", "Information given")]
)
def test_information_given_has_its_own_section(lang: str, heading: str) -> None:
    session, clock = finished_meeting()
    session.entries.append(LogEntry(EntryKind.INFO, "Annons planeras i mars", clock.now(), 60.0))
    minutes = build_minutes(session)
    assert [i.text for i in minutes.information] == ["Annons planeras i mars"]
    text = render_minutes(session, "txt", lang)
    assert isinstance(text, str)
    assert f"{heading.upper()}\n\n• Annons planeras i mars" in text


def test_a_mark_with_a_legal_ground_shows_it_apart_from_the_reason() -> None:
    session, _ = finished_meeting()
    q1 = session.questions[0].id
    session.notes[q1] = "🔒[OSL 19:3: kommunens affärsintresse] Budget 4 mnkr"
    (note,) = build_minutes(session).discussed[0].notes
    assert (note.ground, note.ground_given, note.reason) == (
        "OSL 19:3",
        True,
        "kommunens affärsintresse",
    )
    text = render_minutes(session, "txt", "sv")
    assert "Budget 4 mnkr (Grund: OSL 19:3; Leverantörens skäl: kommunens affärsintresse)" in text


#: The whole minutes of `whole_minutes_meeting` in Markdown, as read and checked line by line.
EXPECTED = Path(__file__).parent / "expected"


def whole_minutes_meeting() -> Session:
    """The finished meeting, finalised, corrected and finalised again (version 2), recorded and
    transcribed with consent, with information given and a note logged outside any question."""
    session, clock = finished_meeting()
    session.log(EntryKind.INFO, "Annonsering planeras i mars 2027", clock)
    session.entries.append(LogEntry(EntryKind.NOTE, "Allmän anteckning", clock.now(), 60.0))
    session.transcript.lines = [TranscriptLine("Hej och välkomna", "Josefine Upphandlare")]
    session.transcript.consent = True
    finalise_minutes(session, clock, author="Josefine Upphandlare")
    clock.advance(3600)
    session.record_correction(clock)
    q3 = session.questions[2].id
    session.set_note(q3, session.notes[q3] + "\nRättelse: fyra konkurrenter", clock)
    clock.advance(60)
    finalise_minutes(session, clock, author="Josefine Upphandlare")
    return session


@pytest.mark.parametrize("public", [False, True], ids=["internal", "public"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_whole_minutes_read_as_written_in_each_language_and_version(
    lang: str, public: bool
) -> None:
    """Every heading, label, line and emphasis of the minutes, and the front matter, word for
    word: what the officer signs off and sends out."""
    session = whole_minutes_meeting()
    session.id = "5e55a0f1d2c3"  # one of digits only is quoted (the next test)
    name = f"minutes-{lang}-{'public' if public else 'internal'}.md"
    expected = (EXPECTED / name).read_text(encoding="utf-8").replace("SESSION_ID", session.id)
    assert render_minutes(session, "md", lang, public=public) == expected


def test_a_session_id_of_digits_only_reads_back_as_text_from_the_front_matter() -> None:
    """About one id in 280 is all digits: a script reading the front matter still gets the id,
    not a number."""
    session = whole_minutes_meeting()
    session.id = "012345678901"
    meta, _ = markdown_parts(render_minutes(session, "md", "sv"))
    assert meta["session"] == "012345678901"


def _held(session: Session, minutes: int) -> Session:
    """`session` met for `minutes`, going through its questions in order, each an equal share."""
    clock = FakeClock(START)
    session.start(clock)
    for question in session.questions:
        session.go_to(question.id, clock)
        clock.advance(minutes * 60 / len(session.questions))
    clock.advance(0 if session.questions else minutes * 60)
    session.end(clock)
    return session


def nothing_recorded_meeting() -> Session:
    """A meeting in person of a dialogue without questions: no reference, purpose, organisation,
    participants or opening statements, and 65 minutes of the 90 planned."""
    session = Session(
        dialogue=Dialogue("Tolktjänster", opening_statements=[]),
        supplier="Tolkbyrån",
        format=MeetingFormat.IN_PERSON,
        planned_minutes=90,
    )
    return _held(session, 65)


def every_question_discussed_meeting() -> Session:
    """Both questions discussed, 75 minutes each against timeboxes of 5; a procurer of an
    organisation not given."""
    questions = [Question("Hur bokas tolk?", Theme.NEEDS), Question("Vilka språk?", Theme.MARKET)]
    session = Session(
        dialogue=Dialogue("Tolktjänster", questions=questions),
        supplier="Tolkbyrån",
        participants=[Participant("Pia Pärm", "", Role.PROCURER)],
    )
    return _held(session, 150)


def nothing_discussed_meeting() -> Session:
    """Every question skipped; the first after notes were written (one line confidential), and
    marked not discussed in the wrap-up."""
    clock = FakeClock(START)
    questions = [Question("Hur bokas tolk?"), Question("Vilka språk?")]
    session = Session(dialogue=Dialogue("Tolktjänster", questions=questions), supplier="Tolkbyrån")
    session.start(clock)
    first = session.questions[0].id
    session.set_note(first, "Ringer dagen före\n🔒 Tolkens namn", clock)
    clock.advance(60)
    while session.current_question_id is not None:
        session.skip_current(clock)
    session.end(clock)
    session.question_marks[first] = QuestionState.SKIPPED
    return session


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(
    ("case", "meeting"),
    [
        ("nothing-recorded", nothing_recorded_meeting),
        ("every-question-discussed", every_question_discussed_meeting),
        ("nothing-discussed", nothing_discussed_meeting),
    ],
)
def test_minutes_with_little_recorded_say_what_is_missing_word_for_word(
    case: str, meeting: Callable[[], Session], lang: str
) -> None:
    """A draft that says what was not recorded, discussed or given, rather than leaving it out."""
    session = meeting()
    expected = (EXPECTED / f"minutes-{case}-{lang}.md").read_text(encoding="utf-8")
    assert render_minutes(session, "md", lang) == expected.replace("SESSION_ID", session.id)
