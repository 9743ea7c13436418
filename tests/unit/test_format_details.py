"""Every format says each list item the same, word for word and space for space; the marks of a
confidential item and a withheld one are real bold and italics; line breaks stay line breaks;
the Markdown file reads well as text (indented continuation lines, plain UTF-8 front matter)."""

from __future__ import annotations

import io
from datetime import datetime
from xml.etree.ElementTree import Element

import html5lib
import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session
from facilitator.export import (
    FORMATS,
    finalise_minutes,
    minutes_document,
    render_document,
    render_minutes,
    safe_name,
    suggested_filename,
)
from tests.unit.minutes_helpers import (
    docx_paragraphs,
    finished_meeting,
    markdown_html,
    markdown_parts,
)

TWO_LINES = "Rad ett &amp; &#169;\nrad två"


def _meeting() -> Session:
    """The finished meeting, with a two-line tip, an empty confidential notes line with a
    reason, entity-like text that must stay literal and a name typed with a trailing space."""
    session, clock = finished_meeting()
    session.log(EntryKind.TIP, TWO_LINES, clock)
    q1 = session.questions[0].id
    session.notes[q1] += "\n🔒[bara skälet] "
    session.participants.append(Participant("Nils Nilsson ", "Exempel Bygg AB", Role.SUPPLIER))
    return session


def _li_texts(markup: str) -> list[str]:
    tree = html5lib.parse(markup, namespaceHTMLElements=False)
    return ["".join(li.itertext()) for li in tree.iter("li")]


def _bullets(fmt: str, session: Session, lang: str, public: bool) -> list[str]:
    """The text of every list item as the format's reader sees it, line breaks as "\\n"."""
    result = render_minutes(session, fmt, lang, public=public)
    if fmt == "docx":
        assert isinstance(result, bytes)
        return [p.text for p in docx_paragraphs(result) if p.style.name == "List Bullet"]
    assert isinstance(result, str)
    if fmt == "md":
        return [text.strip() for text in _li_texts(markdown_html(result))]
    if fmt == "html":
        return _li_texts(result)
    items: list[str] = []
    for line in result.splitlines():
        if line.startswith("• "):
            items.append(line[2:])
        elif line.startswith("  ") and items:
            items[-1] += "\n" + line[2:]
    return items


@pytest.mark.parametrize("public", [False, True], ids=["internal", "public"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_format_says_each_list_item_exactly_as_the_text_version(
    lang: str, public: bool
) -> None:
    session = _meeting()
    expected = _bullets("txt", session, lang, public)
    assert f"{TWO_LINES} ({'Fråga' if lang == 'sv' else 'Question'} 4)" in expected
    for fmt in FORMATS:
        assert _bullets(fmt, session, lang, public) == expected, fmt


def test_the_text_version_reads_as_intended() -> None:
    items = _bullets("txt", _meeting(), "en", False)
    assert "Confidential:  (Supplier's reason: bara skälet)" in items
    assert "Confidential: Timpris HEMLIGTPRIS kr (Supplier's reason: " in "".join(items)
    assert "Sam Säljare, Supplier" in items
    assert "5. Vad tycker ni om fasta prisnivåer där vi utvärderar på kvalitet? (not reached)" in (
        items
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_confidential_mark_is_bold_and_a_withheld_item_italic(fmt: str) -> None:
    session = _meeting()
    internal = render_minutes(session, fmt, "en")
    public = render_minutes(session, fmt, "en", public=True)
    assert isinstance(internal, str) and isinstance(public, str)
    if fmt == "md":
        internal, public = markdown_html(internal), markdown_html(public)
    assert "<strong>Confidential:</strong> Timpris HEMLIGTPRIS kr" in internal
    assert "<em>[Withheld: confidential]</em>" in public


def test_the_word_file_marks_confidential_in_bold_and_withheld_in_italics() -> None:
    session = _meeting()
    internal = render_minutes(session, "docx", "en")
    public = render_minutes(session, "docx", "en", public=True)
    assert isinstance(internal, bytes) and isinstance(public, bytes)
    bold = {r.text for p in docx_paragraphs(internal) for r in p.runs if r.bold}
    italic = {r.text for p in docx_paragraphs(public) for r in p.runs if r.italic}
    assert "Confidential:" in bold
    assert "[Withheld: confidential]" in italic


def test_word_keeps_the_space_at_either_end_of_a_run() -> None:
    """Word drops the spaces at the ends of a run's text unless they are marked to be kept: a
    bold label would run into its value ("Dialog:Ramavtal")."""
    result = render_minutes(_meeting(), "docx", "sv")
    assert isinstance(result, bytes)
    ends = [
        t
        for p in docx_paragraphs(result)
        for r in p.runs
        for t in r._r.iter(qn("w:t"))
        if t.text and len(t.text.strip()) < len(t.text)
    ]
    assert len(ends) > 10
    assert all(t.get(qn("xml:space")) == "preserve" for t in ends)


def test_the_markdown_file_reads_well_as_text() -> None:
    session = _meeting()
    session.dialogue.title = "Ramavtal hantverkstjänster" + " och fastighetsunderhåll" * 5
    text = render_minutes(session, "md", "sv")
    assert isinstance(text, str)
    lines = text.split("\n")
    # Front matter: one key a line, in a fixed order, UTF-8 as it is, long values unbroken.
    assert lines[1] == f"title: {session.dialogue.title}"
    assert lines[2].startswith("reference: ") and lines[3].startswith("organisation: ")
    assert list(markdown_parts(text)[0])[:4] == ["title", "reference", "organisation", "supplier"]
    # A list item's second line is indented under the first.
    assert "- Rad ett \\&amp; &\\#169;\\\n  rad två (Fråga 4)\n" in text
    # The meeting's facts: one line each, joined by hard breaks.
    supplier = lines.index("**Leverantör:** Exempel Bygg AB\\")
    assert lines[supplier + 1].startswith("**Datum:** ")
    assert text.endswith("kl. 14:46.\n")


def test_the_file_name_says_in_the_minutes_language_that_it_is_the_public_version() -> None:
    session, _ = finished_meeting()
    assert suggested_filename(session, "md", "sv", public=True) == (
        "minnesanteckningar-Ramavtal-hantverkstjänster-Exempel-Bygg-AB-2026-11-24-1405-sv"
        "-offentlig.md"
    )
    assert suggested_filename(session, "txt", "en", public=False) == (
        "minutes-Ramavtal-hantverkstjänster-Exempel-Bygg-AB-2026-11-24-1405-en.txt"
    )


def test_the_file_name_has_the_start_in_the_meetings_zone_and_a_short_supplier() -> None:
    session, _ = finished_meeting("Leverantörsbolaget med ett mycket långt namn i Sverige")
    session.timezone = "America/New_York"
    name = suggested_filename(session, "md", "en", public=False)
    assert name == (
        "minutes-Ramavtal-hantverkstjänster-Leverantörsbolaget-med-ett-mycket-långt"
        "-2026-11-24-0805-en.md"
    )


def test_a_name_piece_is_cut_at_its_limit_without_dashes_at_either_end() -> None:
    assert safe_name("a" * 70) == "a" * 60
    assert safe_name("/" + "a" * 70) == "a" * 60, "a separator in front costs no letter"
    assert safe_name("a" * 59 + "/b") == "a" * 59, "no dash left where it was cut"
    assert safe_name("Projekt X") == "Projekt-X"
    assert safe_name("_x_", 10) == "x"


def test_an_unknown_format_is_refused_naming_the_known_ones() -> None:
    session, _ = finished_meeting()
    document = minutes_document(session)
    for refuse in (
        lambda: render_document(document, "pdf"),
        lambda: suggested_filename(session, "pdf", "sv", False),
    ):
        with pytest.raises(
            ValueError, match=r"^unknown format 'pdf': use one of md, html, docx, txt$"
        ):
            refuse()


def test_by_default_the_minutes_are_the_internal_swedish_markdown() -> None:
    session, _ = finished_meeting()
    document = minutes_document(session)
    assert document.lang == "sv" and document.metadata["public"] is False
    text = render_minutes(session)
    assert isinstance(text, str)
    meta = markdown_parts(text)[0]
    assert (meta["language"], meta["public"]) == ("sv", False)
    assert "HEMLIGTPRIS" in text


@pytest.mark.parametrize("public", [False, True], ids=["internal", "public"])
def test_the_html_file_has_no_text_outside_its_headings_paragraphs_lists_and_tables(
    public: bool,
) -> None:
    markup = render_minutes(_meeting(), "html", "sv", public=public)
    assert isinstance(markup, str)
    body = html5lib.parse(markup, namespaceHTMLElements=False).find("body")
    assert body is not None

    def stray(element: Element) -> list[str]:
        texts = [element.text] + [child.tail for child in element]
        return [text for text in texts if text and text.strip()]

    containers = [body, *body.iter("ul"), *body.iter("tbody"), *body.iter("table")]
    assert not [text for element in containers for text in stray(element)]
    assert {child.tag for child in body} <= {"h1", "h2", "h3", "p", "ul", "table"}
    assert {child.tag for ul in body.iter("ul") for child in ul} == {"li"}


def test_the_text_version_underlines_the_title_and_hangs_continuation_lines() -> None:
    session, _ = finished_meeting()
    session.dialogue.purpose = "Förstå marknaden\noch hur fler kan lämna anbud"
    lines = _lines_of(render_minutes(session, "txt", "sv"))
    assert lines[0] == "Minnesanteckningar: Ramavtal hantverkstjänster"
    assert lines[1] == "=" * len(lines[0])
    purpose = lines.index("Syfte med dialogen: Förstå marknaden")
    assert lines[purpose + 1] == "  och hur fler kan lämna anbud"
    session.dialogue.title = "Ramavtal " * 12
    long = _lines_of(render_minutes(session, "txt", "sv"))
    assert len(long[0]) > 72 and long[1] == "=" * 72


def _lines_of(result: str | bytes) -> list[str]:
    assert isinstance(result, str)
    return result.splitlines()


def _docx_created(session: Session, now: datetime | None = None) -> datetime:
    data = render_minutes(session, "docx", "sv", now=now)
    assert isinstance(data, bytes)
    created = open_docx(io.BytesIO(data)).core_properties.created
    assert created is not None
    return created.replace(tzinfo=None)


@pytest.mark.usefixtures("new_york_computer")
def test_the_word_file_is_dated_by_the_minutes_not_by_the_computer() -> None:
    """Its properties carry the finalising, the correction, the end or the start (in that order
    of preference), so that the same minutes always give the same file."""
    session, clock = finished_meeting()
    assert _docx_created(session) == datetime(2026, 11, 24, 13, 46)  # the end, in UTC
    clock.advance(600)
    finalise_minutes(session, clock)
    assert _docx_created(session) == datetime(2026, 11, 24, 13, 56)
    clock.advance(3600)
    session.record_correction(clock)
    session.set_note(session.questions[0].id, "Rättelse", clock)
    assert _docx_created(session) == datetime(2026, 11, 24, 14, 56)
    running, clock = finished_meeting()
    running.ended_at = None
    running.status = running.status.RUNNING
    assert _docx_created(running, now=clock.now()) == datetime(2026, 11, 24, 13, 5)
    never = Session(dialogue=running.dialogue, supplier="Exempel Bygg AB")
    assert _docx_created(never) == datetime(2000, 1, 1), "a fixed date when there is none"
