"""The dialogue summary: several meetings summed up, in both languages, public and anonymous."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import timedelta
from pathlib import Path

import html5lib
import pytest
from docx import Document as open_docx
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.equal_treatment import findings
from facilitator.domain.session import new_session
from facilitator.domain.summary import Answered, DialogueRecords, build_summary
from facilitator.export import FORMATS, render_document
from facilitator.export.document import Document, Table
from facilitator.export.summary import (
    check_document,
    finding_text,
    shared_document,
    summary_document,
)
from facilitator.i18n import t, tn
from facilitator.storage.dialogue_records import dialogue_records
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.minutes_helpers import docx_xml, markdown_parts, visible_text
from tests.unit.summary_helpers import (
    INFO,
    NOW,
    PEOPLE,
    SECRETS,
    SUPPLIERS,
    save_records,
    three_meetings,
)

ALL = [(fmt, lang) for fmt in FORMATS for lang in ("sv", "en")]


def summary(records: DialogueRecords | None = None, **options):
    return build_summary(records or three_meetings(), now=NOW, **options)


def rendered(lang: str, fmt: str, **options) -> str:
    """What a reader of the format sees of the summary, and for DOCX every XML part too."""
    word = t("Supplier", lang)
    result = render_document(
        summary_document(summary(supplier_word=word, **options), lang), fmt
    )
    seen = visible_text(fmt, result)
    if isinstance(result, bytes):
        seen += docx_xml(result)
    else:
        seen += result
    return seen


def test_meetings_in_date_order_and_the_supplier_booked_but_never_met() -> None:
    result = summary()
    assert [m.supplier for m in result.meetings] == list(SUPPLIERS[:3])
    assert [m.start.day for m in result.meetings if m.start] == [24, 25, 26]
    assert result.met == list(SUPPLIERS[:3])
    # "beta  service ab " booked again is Beta Service AB: one supplier, not a fifth one.
    assert result.suppliers == list(SUPPLIERS)
    assert result.never_met == [SUPPLIERS[3]]
    groups = result.meetings[0].participants
    assert [(g.organisation, [n for n, _ in g.people]) for g in groups] == [
        ("Exempelby kommun", ["Josefine Upphandlare", "Karin Fastighetschef"]),
        ("Alfa Bygg AB", ["Anna Alfasson"]),
    ]


def test_answer_matrix_per_question_side_by_side() -> None:
    questions = summary().questions
    assert [q.number for q in questions] == [1, 2, 3, 4, 5, 6]
    third = questions[2]
    assert [(a.supplier, a.answered) for a in third.answers] == [
        ("Alfa Bygg AB", Answered.ASKED),
        ("Beta Service AB", Answered.SKIPPED),
        ("Gamma El AB", Answered.ASKED),
    ]
    assert [n.text for n in third.answers[0].notes] == ["Fyra konkurrenter i regionen"]
    first = questions[0]
    assert [n.text for n in first.answers[1].notes] == ["Jour är svårt för Beta Service AB"]


def test_entries_of_every_meeting_by_supplier() -> None:
    result = summary()
    assert [(e.supplier, e.item.text) for e in result.mismatches] == [
        ("Gamma El AB", "Gör bara elarbeten")
    ]
    assert result.mismatches[0].item.future_needs == "Laddstolpar 2028"
    assert [(e.supplier, e.item.text) for e in result.tips] == [
        ("Gamma El AB", "Bevaka upphandlingar i e-Avrop")
    ]
    assert [(e.supplier, e.item.owner) for e in result.actions] == [("Alfa Bygg AB", "Josefine")]
    assert [e.item.question_number for e in result.insights] == [3, 3]


def test_information_given_and_who_has_not_been_told() -> None:
    (piece,) = summary().information
    assert piece.item.text == INFO
    assert piece.given_to == ["Alfa Bygg AB"]
    assert piece.not_told == ["Beta Service AB", "Gamma El AB", "Delta Måleri AB"]


def test_the_same_information_in_another_spelling_is_one_piece() -> None:
    records = three_meetings()
    gamma = next(s for s in records.sessions if s.supplier == "Gamma El AB")
    clock = FakeClock(NOW)
    again = "  annonsering planeras i MARS 2027,  avtalsstart 1 september. "
    gamma.log(EntryKind.INFO, again, clock)
    (piece,) = summary(records).information
    assert piece.given_to == ["Alfa Bygg AB", "Gamma El AB"]
    assert piece.not_told == ["Beta Service AB", "Delta Måleri AB"]


def test_the_time_the_dialogue_cost() -> None:
    cost = summary().cost
    assert cost.meetings == 3
    assert cost.seconds == pytest.approx(30 * 60 + 25.5 * 60 + 30 * 60)
    # Two people of the municipality in every meeting.
    assert cost.person_hours == pytest.approx(cost.seconds * 2 / 3600)
    assert cost.sek is None, "no hourly cost set"
    records = three_meetings()
    records.dialogue.hourly_rate = 700
    assert summary(records).cost.sek == pytest.approx(cost.person_hours * 700)
    assert summary(records, rate=500).cost.sek == pytest.approx(cost.person_hours * 500)


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_every_format_and_language_shows_the_whole_dialogue(fmt: str, lang: str) -> None:
    seen = rendered(lang, fmt)
    for fact in (
        *SUPPLIERS,
        "Hur ser konkurrensen ut i vår region",
        "Fyra konkurrenter i regionen",
        "Gör bara elarbeten",
        "Laddstolpar 2028",
        "Bevaka upphandlingar i e-Avrop",
        "Skicka volymuppgifter",
        INFO,
        "HEMLIGINSIKT",
        "OSL 19:3",
        "OSL 31:16",
        t("(skipped)", lang),
        t("Equal treatment", lang),
        t("Contacts with suppliers", lang),
        t("What the dialogue cost in time", lang),
        t("Signed up but never met: {names}.", lang, names="Delta Måleri AB"),
        t("booked", lang),
    ):
        assert fact.casefold() in seen.casefold(), fact


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_public_summary_withholds_every_confidential_item(fmt: str, lang: str) -> None:
    seen = rendered(lang, fmt, public=True)
    for secret in SECRETS:
        assert secret not in seen
    assert t("[Withheld: confidential]", lang) in seen
    assert t("Confidentiality marks to review", lang) not in seen
    assert "Brist på elektriker i regionen" in seen


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_anonymous_summary_names_no_supplier(fmt: str, lang: str) -> None:
    seen = rendered(lang, fmt, public=True, anonymous=True)
    for name in (*SUPPLIERS, *PEOPLE, "Alfa Bygg", "Beta Service", "Gamma El", "Delta Måleri"):
        assert name.casefold() not in seen.casefold(), name
    word = t("Supplier", lang)
    for letter in "ABCD":
        assert f"{word} {letter}" in seen
    assert "Josefine Upphandlare" in seen, "the own organisation's people stay named"
    for secret in SECRETS:
        assert secret not in seen


def test_anonymous_letters_follow_the_first_contact_whatever_the_order_read() -> None:
    records = three_meetings()
    records.sessions.reverse()
    records.bookings.reverse()
    result = summary(records, anonymous=True)
    assert [m.supplier for m in result.meetings] == ["Supplier A", "Supplier B", "Supplier C"]
    assert result.never_met == ["Supplier D"]
    notes = [n.text for a in result.questions[0].answers for n in a.notes]
    assert "Supplier A föredrar planerat underhåll" in notes
    assert "Jour är svårt för Supplier B" in notes


def test_spellings_of_one_supplier_count_as_one() -> None:
    records = three_meetings()
    gamma = next(s for s in records.sessions if s.supplier == "Gamma El AB")
    gamma.supplier = " beta   SERVICE ab"
    result = summary(records)
    assert result.met == ["Alfa Bygg AB", "Beta Service AB"]
    third = result.questions[2]
    # Asked in one of Beta's two meetings: asked.
    assert [(a.supplier, a.answered) for a in third.answers][1] == (
        "Beta Service AB",
        Answered.ASKED,
    )


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_dialogue_without_sessions_says_so(lang: str) -> None:
    records = three_meetings()
    empty = DialogueRecords(records.dialogue)
    result = summary(empty)
    assert result.is_empty and findings(result) == []
    text = render_document(summary_document(result, lang), "txt")
    assert t("No meetings have been held or booked in this dialogue yet.", lang) in text
    document = summary_document(result, lang)
    html = str(render_document(document, "html"))
    assert f'<html lang="{lang}">' in html, "read aloud and spell-checked in its language"
    title = t("Dialogue summary: {title}", lang, title=records.dialogue.title)
    assert f"<title>{title}</title>" in html
    facts = markdown_parts(str(render_document(document, "md")))[0]
    assert (facts["title"], facts["language"], facts["meetings"]) == (
        records.dialogue.title,
        lang,
        0,
    )


def test_a_damaged_session_file_is_named_as_left_out(store: Store) -> None:
    records = three_meetings()
    save_records(store, records)
    damaged = store.sessions_dir / "0badf11e0000.json"
    damaged.write_text("{ not json", encoding="utf-8")
    read = dialogue_records(PrepStore(store), records.dialogue.id)
    assert len(read.sessions) == 3
    assert [f.name for f in read.left_out] == ["0badf11e0000.json"]
    result = summary(read)
    text = render_document(summary_document(result, "en"), "txt")
    assert (
        "0badf11e0000.json could not be read and is left out (the file is broken (not readable "
        "as data))" in text
    )
    swedish = str(render_document(summary_document(result, "sv"), "md"))
    assert (
        "\n## Filer som inte kunde läsas\n\n"
        "- 0badf11e0000.json kunde inte läsas och ingår inte (filen är trasig (inte läsbar som "
        "data)). Kör facilitator doctor.\n"
    ) in swedish
    assert findings(result)[0].code == "left_out"
    check = finding_text(findings(result)[0], "sv", records.dialogue.id)
    assert "(0badf11e0000.json)" in check and "not_json" not in check


def test_the_check_names_the_skipped_question_the_supplier_and_who_was_not_told() -> None:
    records = three_meetings()
    records.bookings = []
    found = findings(summary(records))
    assert [(f.code, f.suppliers) for f in found] == [
        ("skipped", ("Beta Service AB",)),
        ("opening", ("Beta Service AB",)),
        ("information", ("Beta Service AB", "Gamma El AB")),
    ]
    skipped, opening, information = (finding_text(f, "sv", "demo-hantverk") for f in found)
    assert "Fråga 3 ”Hur ser konkurrensen ut i vår region" in skipped
    assert "ställdes inte till Beta Service AB" in skipped
    assert "Alla leverantörer får samma frågor" in opening
    assert INFO in information and "Beta Service AB, Gamma El AB" in information
    assert "has not reached Beta Service AB, Gamma El AB" in finding_text(found[2], "en", "d")
    assert information.endswith("Dela den med alla: facilitator shared demo-hantverk")


def test_a_question_not_reached_is_a_finding_too() -> None:
    records = three_meetings()
    gamma = next(s for s in records.sessions if s.supplier == "Gamma El AB")
    last = gamma.questions[-1].id
    gamma.question_seconds.pop(last)
    gamma.notes.pop(last)
    gamma.discussed_order.remove(last)
    gamma.question_states.pop(last)
    found = [f for f in findings(summary(records)) if f.code == "not_reached"]
    assert [(f.number, f.suppliers) for f in found] == [(6, ("Gamma El AB",))]


def test_shared_information_counts_as_given_to_all() -> None:
    records = three_meetings()
    records.dialogue.information_shared_at = NOW
    (piece,) = summary(records).information
    assert piece.shared and piece.not_told == []
    assert not [f for f in findings(summary(records)) if f.code == "information"]
    # A time without a zone (a hand-edited file) is read as UTC, not a crash.
    records.dialogue.information_shared_at = NOW.replace(tzinfo=None)
    assert summary(records).information[0].shared
    records.dialogue.information_shared_at = NOW
    # Information given after it was shared has not reached the others.
    later = dataclasses.replace(records.dialogue, information_shared_at=NOW.replace(year=2025))
    (piece,) = summary(dataclasses.replace(records, dialogue=later)).information
    assert not piece.shared and piece.not_told


@pytest.mark.parametrize(("fmt", "lang"), ALL)
def test_the_shared_text_is_every_piece_once_with_no_supplier_named(fmt: str, lang: str) -> None:
    word = t("Supplier", lang)
    result = summary(_told_more(), public=True, anonymous=True, supplier_word=word)
    document = shared_document(result, lang)
    seen = visible_text(fmt, render_document(document, fmt))
    assert seen.count(INFO) == 1 and INFO.upper() not in seen
    assert f"{word} C får höra: volym 2 000 timmar per år" in seen
    assert "HEMLIGRAD" not in seen and "Gamma" not in seen
    withheld = tn(
        "{count} item is marked confidential and is not included.",
        "{count} items are marked confidential and are not included.",
        1,
        lang,
    )
    assert withheld in seen


def test_marks_with_their_legal_grounds_in_the_internal_summary_only() -> None:
    marks = summary().marks
    assert [(m.supplier, m.item.text, m.item.ground) for m in marks] == [
        ("Alfa Bygg AB", "Budget HEMLIGRAD", "OSL 19:3"),
        ("Alfa Bygg AB", "HEMLIGINSIKT om marginaler", "OSL 31:16"),
    ]
    assert marks[0].item.reason == "HEMLIGSKÄL"
    assert summary(public=True).marks == []




def test_a_meeting_still_running_counts_up_to_now() -> None:
    records = three_meetings()
    clock = FakeClock(NOW - timedelta(minutes=10))
    running = new_session(demo_dialogue(), "Epsilon VVS AB")
    running.start(clock)
    records.sessions.append(running)
    result = summary(records)
    assert result.meetings[-1].supplier == "Epsilon VVS AB"
    assert result.meetings[-1].length_seconds == pytest.approx(600)
    assert [c.state for c in result.contacts if c.supplier == "Epsilon VVS AB"] == ["running"]


def test_a_markdown_table_keeps_odd_text_in_its_cells() -> None:
    header = ("Leverantör | AB", "*x*")
    rows = (("<b>fet</b> & [länk](x)", "två\nrader"), ("# rubrik", ""))
    document = Document("sv", "T", {}, [Table(header, rows)])
    text = render_document(document, "md")
    assert isinstance(text, str)
    html = MarkdownIt("commonmark").enable("table").render(markdown_parts(text)[1])
    tree = html5lib.parse(f"<body>{html}</body>", namespaceHTMLElements=False)
    cells = [" ".join("".join(c.itertext()).split()) for c in tree.iter() if c.tag in ("th", "td")]
    assert cells == [
        "Leverantör | AB",
        "*x*",
        "<b>fet</b> & [länk](x)",
        "två rader",
        "# rubrik",
        "",
    ]


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_tables_show_odd_text_literally_in_every_format(fmt: str) -> None:
    document = Document("sv", "T", {}, [Table(("a | b", "<i>c</i>"), (("*d*", "e & f"),))])
    result = render_document(document, fmt)
    if isinstance(result, bytes):
        (table,) = open_docx(io.BytesIO(result)).tables
        seen = " ".join(cell.text for row in table.rows for cell in row.cells)
    else:
        seen = visible_text(fmt, result)
    for cell in ("a | b", "<i>c</i>", "*d*", "e & f"):
        assert cell in seen


WORD = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=3, max_size=8)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(WORD, WORD), min_size=1, max_size=3, unique_by=lambda n: n[0].casefold()))
def test_no_supplier_name_survives_anonymising_whatever_it_is(names: list[tuple[str, str]]) -> None:
    records = three_meetings()
    records.bookings = []
    records.sessions = records.sessions[: len(names)]
    for session, (first, second) in zip(records.sessions, names, strict=False):
        session.supplier = f"{first} {second} AB"
        q1 = session.questions[0].id
        session.notes[q1] = f"{first.upper()}  {second.lower()} ab sa: {first} {second} AB:s pris"
    result = summary(records, public=True, anonymous=True)
    text = render_document(summary_document(result, "en"), "txt")
    assert isinstance(text, str)
    for first, second in names:
        pattern = rf"(?<!\w){re.escape(first)}\s+{re.escape(second)}\s+AB(?!\w)"
        assert re.search(pattern, text, re.I) is None


def test_only_actions_not_yet_done_are_listed_as_open() -> None:
    records = three_meetings()
    assert [a.item.text for a in summary(records).actions] == ["Skicka volymuppgifter"]
    for session in records.sessions:
        for entry in session.entries_of(EntryKind.ACTION):
            entry.done = True  # ticked in the open actions register
    assert summary(records).actions == []
    text = render_document(summary_document(summary(records), "sv"), "md")
    assert "Öppna åtgärder" in text and "Inga öppna åtgärder." in text


#: The whole summary of `three_meetings` in Markdown, as read and checked line by line.
EXPECTED = Path(__file__).parent / "expected"


@pytest.mark.parametrize(
    ("name", "lang", "options"),
    [
        ("summary-sv-internal.md", "sv", {"rate": 700}),
        ("summary-sv-public.md", "sv", {"rate": 700, "public": True}),
        ("summary-en-internal.md", "en", {}),
        ("summary-en-public-anonymous.md", "en", {"public": True, "anonymous": True}),
    ],
)
def test_the_whole_summary_reads_as_written_in_each_language_and_version(
    name: str, lang: str, options: dict
) -> None:
    """Every heading, label, table cell, finding and emphasis of the dialogue summary, and the
    front matter, word for word: what the officer reviews and hands out."""
    made = summary(supplier_word=t("Supplier", lang), **options)
    expected = (EXPECTED / name).read_text(encoding="utf-8")
    assert render_document(summary_document(made, lang), "md") == expected


def _told_more() -> DialogueRecords:
    """The three meetings, where Gamma El AB was also told the timetable (in capitals), a volume
    in words naming itself, and a budget marked confidential."""
    records = three_meetings()
    gamma = next(s for s in records.sessions if s.supplier == "Gamma El AB")
    clock = FakeClock(NOW)
    gamma.log(EntryKind.INFO, INFO.upper(), clock)
    gamma.log(EntryKind.INFO, "Gamma El AB får höra: volym 2 000 timmar per år", clock)
    gamma.log(EntryKind.INFO, "HEMLIGRAD budget", clock, confidential=True)
    return records


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_information_to_all_reads_as_written(lang: str) -> None:
    """What `facilitator shared` sends every supplier, word for word: each piece once, no
    supplier named, and only a count of what is withheld."""
    made = summary(_told_more(), public=True, anonymous=True, supplier_word=t("Supplier", lang))
    expected = (EXPECTED / f"shared-{lang}.md").read_text(encoding="utf-8")
    assert render_document(shared_document(made, lang), "md") == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_equal_treatment_check_reads_as_written(lang: str) -> None:
    """What `facilitator check` tells the officer to put right, word for word."""
    expected = (EXPECTED / f"check-{lang}.md").read_text(encoding="utf-8")
    document = check_document(summary(), lang)
    assert render_document(document, "md") == expected
    html = str(render_document(document, "html"))
    title = t("Equal treatment: {title}", lang, title="Ramavtal hantverkstjänster")
    assert f'<html lang="{lang}">' in html and f"<title>{title}</title>" in html


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_dialogue_with_only_a_booking_says_no_meeting_has_been_held(lang: str) -> None:
    """Every section that needs a meeting says none has been held, in the summary's language."""
    records = three_meetings()
    booked = DialogueRecords(records.dialogue, [], records.bookings[:1])
    expected = (EXPECTED / f"summary-booked-only-{lang}.md").read_text(encoding="utf-8")
    assert render_document(summary_document(summary(booked), lang), "md") == expected
