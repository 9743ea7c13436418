"""Details of the dialogue summary a reader relies on: question numbers that are the dialogue's
whatever order a meeting had them in, and times in the meetings' own time zone."""

from __future__ import annotations

import copy
import dataclasses
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from facilitator.domain.booking import Booking
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import Dialogue, Question
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant
from facilitator.domain.session import MeetingFormat, Session, new_session
from facilitator.domain.summary import Answered, DialogueRecords, build_summary
from facilitator.export import render_document
from facilitator.export.document import Heading
from facilitator.export.summary import (
    check_document,
    contacts_document,
    shared_document,
    summary_document,
    summary_filename,
)
from facilitator.export.wording import format_date
from facilitator.i18n import N_, t
from facilitator.i18n.labels import THEMES
from tests.conftest import FakeClock
from tests.unit.summary_helpers import NOW, PEOPLE, SUPPLIERS, three_meetings


def test_entries_carry_the_dialogues_question_number_not_the_meetings() -> None:
    """The dialogue's questions were put in another order after Alfa's meeting: the summary
    numbers the question an insight was logged under as the dialogue does now."""
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    asked = alfa.questions[2].id  # third in Alfa's meeting, where the insights were logged
    reordered = list(reversed(records.dialogue.questions))
    number = next(i for i, q in enumerate(reordered, start=1) if q.id == asked)
    assert number != 3
    records = dataclasses.replace(
        records, dialogue=dataclasses.replace(records.dialogue, questions=reordered)
    )
    summary = build_summary(records, now=NOW)
    assert [e.item.question_number for e in summary.insights] == [number, number]
    shown = render_document(summary_document(summary, "en"), "txt")
    assert t("Question {number}", "en", number=number) in str(shown)


def test_times_are_in_the_meetings_time_zone() -> None:
    made = build_summary(three_meetings(), now=NOW).made_at
    assert (made.hour, made.utcoffset()) == (10, timedelta(hours=1)), "09:00 UTC in Stockholm"
    records = three_meetings()
    for session in records.sessions:
        session.timezone = "Europe/London"
    summary = build_summary(records, now=NOW)
    assert summary.timezone == "Europe/London"
    assert summary.made_at.utcoffset() is not None and summary.made_at.hour == NOW.hour
    assert {m.start.hour for m in summary.meetings if m.start} == {9}  # 09:00 UTC is 09:00 there


def test_a_dialogue_of_one_meeting_is_in_that_meetings_time_zone() -> None:
    records = three_meetings()
    records = dataclasses.replace(records, sessions=records.sessions[:1])
    records.sessions[0].timezone = "Europe/London"
    assert build_summary(records, now=NOW).timezone == "Europe/London"


def test_an_action_ticked_done_hides_only_itself() -> None:
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    clock = FakeClock(NOW)
    done = alfa.log(EntryKind.ACTION, "Redan gjord", clock)
    alfa.log(EntryKind.ACTION, "Ännu inte gjord", clock)
    done.done = True
    texts = [a.item.text for a in build_summary(records, now=NOW).actions]
    assert texts == ["Skicka volymuppgifter", "Ännu inte gjord"]


def test_insights_stand_under_the_theme_of_their_question() -> None:
    records = three_meetings()
    summary = build_summary(records, now=NOW)
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    theme = t(THEMES[alfa.questions[2].theme.value], "en")
    assert {e.theme for e in summary.insights} == {alfa.questions[2].theme}
    document = summary_document(summary, "en")
    headings = [b.text for b in document.blocks if isinstance(b, Heading)]
    start = headings.index(t("Market insights", "en"))
    assert headings[start + 1] == theme
    assert t("Not under a question", "en") not in headings


def test_a_question_one_meeting_did_not_have_is_still_answered_in_the_others() -> None:
    """The question was added to the dialogue after Alfa's meeting (the first)."""
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    added = alfa.dialogue.questions[0].id
    alfa.dialogue = dataclasses.replace(alfa.dialogue, questions=alfa.dialogue.questions[1:])
    (row,) = [q for q in build_summary(records, now=NOW).questions if q.number == 1]
    assert row.answers[0].supplier == SUPPLIERS[0]
    answered = {a.supplier: a.answered for a in row.answers}
    assert answered[SUPPLIERS[1]] is answered[SUPPLIERS[2]] is Answered.ASKED, added


def test_two_meetings_with_one_supplier_give_the_notes_of_both() -> None:
    records = three_meetings()
    again = new_session(
        demo_dialogue(), SUPPLIERS[1], participants=[Participant(PEOPLE[1], SUPPLIERS[1])]
    )
    clock = FakeClock(NOW.replace(day=26, hour=13))
    again.start(clock)
    again.go_to(again.questions[0].id, clock)
    again.set_note(again.questions[0].id, "Andra mötet: jour går ändå", clock)
    again.end(clock)
    records.sessions.append(again)
    (row,) = [q for q in build_summary(records, now=NOW).questions if q.number == 1]
    (beta,) = [a for a in row.answers if a.supplier == SUPPLIERS[1]]
    assert [n.text for n in beta.notes] == [
        "Jour är svårt för Beta Service AB",
        "Andra mötet: jour går ändå",
    ]


def test_information_given_at_the_moment_it_was_shared_counts_as_shared() -> None:
    records = three_meetings()
    alfa = next(s for s in records.sessions if s.supplier == SUPPLIERS[0])
    given = next(e for e in alfa.entries if e.kind is EntryKind.INFO).at
    records.dialogue.information_shared_at = given
    (piece,) = build_summary(records, now=NOW).information
    assert piece.shared and piece.not_told == []


def test_the_summary_is_dated_now_on_a_computer_in_any_time_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        before = datetime.now(timezone.utc)
        made = build_summary(three_meetings()).made_at
        after = datetime.now(timezone.utc)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert before - timedelta(seconds=1) <= made <= after + timedelta(seconds=1)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_public_or_anonymous_summary_says_so_at_the_top_and_in_its_file_name(lang: str) -> None:
    records = three_meetings()
    for public, anonymous in ((False, False), (True, False), (False, True), (True, True)):
        word = t("Supplier", lang)
        summary = build_summary(
            records, public=public, anonymous=anonymous, supplier_word=word, now=NOW
        )
        text = str(render_document(summary_document(summary, lang), "txt"))
        name = summary_filename(summary, "summary", "md", lang)
        assert (
            t("Public version: confidential information has been withheld.", lang) in text
        ) is public
        assert (
            t(
                "The suppliers are anonymised and named Supplier A, B, … in the order they "
                "were first in contact.",
                lang,
            )
            in text
        ) is anonymous
        assert (("-offentlig" if lang == "sv" else "-public") in name) is public
        assert (("-anonym" if lang == "sv" else "-anonymous") in name) is anonymous


def test_the_finding_of_information_not_shared_names_the_command_to_share_it() -> None:
    records = three_meetings()
    text = str(render_document(check_document(build_summary(records, now=NOW), "en"), "txt"))
    assert f"facilitator shared {records.dialogue.id}" in text


def test_the_internal_summary_lists_each_confidential_note_entry_once() -> None:
    """A note entry marked confidential, logged under a question and outside any question."""
    records = three_meetings()
    gamma = next(s for s in records.sessions if s.supplier == SUPPLIERS[2])
    clock = FakeClock(NOW.replace(day=26))
    gamma.log(EntryKind.NOTE, "HEMLIGRAD under frågan", clock, confidential=True)
    outside = gamma.log(EntryKind.NOTE, "HEMLIGRAD utan fråga", clock, confidential=True)
    outside.question_id = None  # logged before the first question was opened
    summary = build_summary(records, now=NOW)
    marks = [m.item.text for m in summary.marks if m.supplier == SUPPLIERS[2]]
    assert sorted(marks) == ["HEMLIGRAD under frågan", "HEMLIGRAD utan fråga"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_summary_says_what_the_dialogue_is_and_when_information_was_shared(lang: str) -> None:
    records = three_meetings()
    records.dialogue.information_shared_at = NOW
    summary = build_summary(records, now=NOW)
    text = " ".join(str(render_document(summary_document(summary, lang), "txt")).split())
    dialogue = records.dialogue
    for label, value in (
        (N_("Reference number"), dialogue.reference),
        (N_("Organisation"), dialogue.organisation),
        (N_("Purpose of the dialogue"), " ".join(dialogue.purpose.split())),
    ):
        assert f"{t(label, lang)}: {value}" in text
    when = f"{format_date(NOW, lang)} 10:00"  # 09:00 UTC in Stockholm
    assert t("shared with all on {when}", lang, when=when) in text


@pytest.mark.parametrize(
    ("kind", "lang", "public", "expected"),
    [
        ("summary", "sv", False, "sammanstallning-Ramavtal-hantverkstjänster-sv.md"),
        ("summary", "en", True, "summary-Ramavtal-hantverkstjänster-en-public-anonymous.md"),
        ("contacts", "sv", True, "kontakter-Ramavtal-hantverkstjänster-sv-offentlig-anonym.md"),
        ("contacts", "en", False, "contacts-Ramavtal-hantverkstjänster-en.md"),
        ("check", "sv", False, "likabehandling-Ramavtal-hantverkstjänster-sv.md"),
        ("check", "en", False, "equal-treatment-Ramavtal-hantverkstjänster-en.md"),
        ("shared", "sv", True, "information-till-alla-Ramavtal-hantverkstjänster-sv.md"),
        ("shared", "en", True, "information-to-all-Ramavtal-hantverkstjänster-en.md"),
    ],
)
def test_each_document_about_the_dialogue_is_named_for_what_it_is_in_its_language(
    kind: str, lang: str, public: bool, expected: str
) -> None:
    """The file name says what the document is, and whether it is public and anonymous, except
    the information to all, which is always both."""
    summary = build_summary(three_meetings(), public=public, anonymous=public, now=NOW)
    assert summary_filename(summary, kind, "md", lang) == expected


def _varied() -> DialogueRecords:
    """A dialogue with no reference or purpose: a meeting in person of 70 minutes with two of
    the supplier's people, a meeting with no one recorded, the timetable given to both and shared
    with all, a volume given after that to one, an insight logged under no question, and two
    bookings with no one named, one in person."""
    dialogue = Dialogue("Tolktjänster", organisation="Exempelby kommun", id="tolk")
    dialogue.questions = [Question("Hur bokas tolk?")]
    clock = FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc))
    people = [Participant("Ada Alfa", "Alfa AB"), Participant("Per Alfa", "Alfa AB")]
    alfa = new_session(
        dialogue, "Alfa AB", meeting_format=MeetingFormat.IN_PERSON, participants=people
    )
    alfa.start(clock)
    alfa.log(EntryKind.INFO, "Avtalet börjar 1 september", clock)
    clock.advance(70 * 60)
    alfa.end(clock)
    clock.advance(3600)
    beta = Session(dialogue=copy.deepcopy(dialogue), supplier="Beta AB")
    beta.start(clock)
    beta.log(EntryKind.INFO, "Avtalet börjar 1 september", clock)
    clock.advance(600)
    dialogue.information_shared_at = clock.now()
    clock.advance(60)
    beta.log(EntryKind.INFO, "Volym 500 timmar", clock)
    beta.skip_current(clock)
    beta.log(EntryKind.INSIGHT, "Brist på tolkar i norr", clock)
    beta.end(clock)
    bookings = [
        Booking(dialogue.id, "Gamma AB", format=MeetingFormat.IN_PERSON),
        Booking(dialogue.id, "Delta AB"),
    ]
    return DialogueRecords(dialogue, [alfa, beta], bookings)


@pytest.mark.parametrize(
    ("lang", "anonymous"), [("sv", False), ("sv", True), ("en", True)], ids=str
)
def test_a_dialogue_of_varied_meetings_reads_as_written(lang: str, anonymous: bool) -> None:
    """What is not recorded, a meeting in person, an hour and more, the people of an anonymous
    supplier counted, who was given what and whether it was shared, in Swedish, word for word."""
    summary = build_summary(
        _varied(), anonymous=anonymous, supplier_word=t("Supplier", lang), now=NOW
    )
    name = f"summary-varied-{lang}-{'anonymous' if anonymous else 'named'}.md"
    expected = (Path(__file__).parent / "expected" / name).read_text(encoding="utf-8")
    assert render_document(summary_document(summary, lang), "md") == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_contact_log_reads_as_written(lang: str) -> None:
    """What `facilitator contacts` writes for the procurement's documentation, word for word."""
    summary = build_summary(_varied(), now=NOW)
    expected = (Path(__file__).parent / "expected" / f"contacts-{lang}.md").read_text("utf-8")
    document = contacts_document(summary, lang)
    assert render_document(document, "md") == expected
    html = str(render_document(document, "html"))
    title = t("Contacts with suppliers: {title}", lang, title="Tolktjänster")
    assert f'<html lang="{lang}">' in html and f"<title>{title}</title>" in html


def test_a_contact_log_without_contacts_says_so() -> None:
    summary = build_summary(DialogueRecords(Dialogue("Tolktjänster")), now=NOW)
    text = str(render_document(contacts_document(summary, "sv"), "md"))
    assert text.endswith("## Kontakter med leverantörer\n\n*Inga kontakter antecknade.*\n")


def test_information_to_all_when_everything_given_is_confidential() -> None:
    """Nothing to share, said so, and how many pieces are withheld (the timetable given twice is
    one); no reference row when the dialogue has none."""
    records = _varied()
    for session in records.sessions:
        for entry in session.entries:
            entry.confidential = entry.kind is EntryKind.INFO
    summary = build_summary(records, public=True, anonymous=True, supplier_word="Leverantör")
    text = str(render_document(shared_document(summary, "sv"), "md")).split("\n---\n", 1)[1]
    assert text.replace(format_date(summary.made_at, "sv"), "DAG") == (
        "\n# Information till alla leverantörer: Tolktjänster\n\n"
        "**Dialog:** Tolktjänster\\\n"
        "**Organisation:** Exempelby kommun\\\n"
        f"**Sammanställd:** DAG {summary.made_at:%H:%M}\n\n"
        "Under dialogen har följande information lämnats till en eller flera leverantörer. Den "
        "delas här med alla, så att alla har samma underlag.\n\n"
        "*Ingen information till leverantörerna antecknad.*\n\n"
        "*2 uppgifter är sekretessmarkerade och ingår inte.*\n"
    )
    english = str(render_document(shared_document(summary, "en"), "md"))
    assert english.endswith("*2 items are marked confidential and are not included.*\n")
