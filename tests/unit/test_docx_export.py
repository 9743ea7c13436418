"""The Word documents as Word shows them: read back with python-docx, paragraph by paragraph.

Line breaks and tabs that Word displays, bold labels, the tables of the dialogue summary with
their header row and grid, the page and font, and the document's properties (File > Info).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from typing import Any

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from facilitator.domain.entries import EntryKind
from facilitator.domain.summary import build_summary
from facilitator.domain.versions import finalise, record_change
from facilitator.export import render_document, render_minutes
from facilitator.export.document import Bullets, Document, Heading, Paragraph, Span, Table
from facilitator.export.summary import summary_document
from facilitator.i18n import t
from tests.unit.minutes_helpers import finished_meeting
from tests.unit.summary_helpers import NOW, three_meetings


def _open(data: str | bytes):
    assert isinstance(data, bytes)
    return open_docx(io.BytesIO(data))


def _body(data: str | bytes) -> list[DocxParagraph | DocxTable]:
    """Paragraphs and tables in the order Word shows them."""
    return list(_open(data).iter_inner_content())


def _texts_of(data: bytes) -> list[str]:
    """The text of every <w:t> element: what Word shows as characters, without line breaks."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    from lxml import etree

    tree = etree.fromstring(xml.encode("utf-8"))
    return [node.text or "" for node in tree.iter(qn("w:t"))]


def _paragraph(data: bytes, starting: str) -> DocxParagraph:
    return next(p for p in _open(data).paragraphs if p.text.startswith(starting))


@pytest.mark.parametrize("text", ["rad ett\nrad två", "kolumn\tkolumn", "a\tb\nc"])
def test_line_breaks_and_tabs_in_an_entry_show_as_breaks_and_tabs_in_word(text: str) -> None:
    """Word shows a line break inside the text of a run as a space: it must be a real break."""
    session, clock = finished_meeting()
    session.log(EntryKind.INFO, f"Början {text}", clock)
    data = render_minutes(session, "docx", "en")
    assert isinstance(data, bytes)
    item = _paragraph(data, "Början")
    assert item.text.startswith(f"Början {text}")
    assert not [x for x in _texts_of(data) if "\n" in x or "\t" in x]
    breaks = item._p.xpath(".//w:br | .//w:tab")
    assert len(breaks) == text.count("\n") + text.count("\t")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_labels_are_bold_and_a_block_of_fields_reads_as_one_group(lang: str) -> None:
    session, _ = finished_meeting()
    data = render_minutes(session, "docx", lang)
    assert isinstance(data, bytes)
    label = f"{t('minutes.supplier', lang)}: "
    supplier = _paragraph(data, label)
    assert [(r.text, bool(r.bold)) for r in supplier.runs] == [
        (label, True),
        ("Exempel Bygg AB", False),
    ]
    # The meeting's facts: no space between rows, the usual space after the last.
    rows = [
        _paragraph(data, f"{t(f'minutes.{key}', lang)}: ")
        for key in ("dialogue", "supplier", "format", "timezone")
    ]
    assert [row.paragraph_format.space_after for row in rows] == [Pt(0), Pt(0), Pt(0), None]


def test_confidential_marks_are_bold_and_withheld_items_italic() -> None:
    session, _ = finished_meeting()
    internal = render_minutes(session, "docx", "en")
    public = render_minutes(session, "docx", "en", public=True)
    assert isinstance(internal, bytes) and isinstance(public, bytes)
    marked = _paragraph(internal, f"{t('minutes.confidential', 'en')}:")
    assert [bool(r.bold) for r in marked.runs][:1] == [True]
    assert not any(r.bold or r.italic for r in marked.runs[1:])
    withheld = [p for p in _open(public).paragraphs if p.text == t("minutes.withheld", "en")]
    assert withheld and all(r.italic and not r.bold for p in withheld for r in p.runs)


def test_a_paragraph_starts_with_its_first_word_and_empty_pieces_add_nothing() -> None:
    document = Document(
        "en",
        "T",
        {},
        [
            Paragraph((Span("  \n början"), Span(""), Span(" mitt", "strong"), Span(" slut"))),
            Bullets(((Span(""), Span("punkt")),)),
        ],
    )
    data = render_document(document, "docx")
    paragraph, bullet = _open(data).paragraphs
    assert [r.text for r in paragraph.runs] == ["början", " mitt", " slut"]
    assert [r.text for r in bullet.runs] == ["punkt"]


def test_the_page_is_a4_with_2_cm_margins_in_calibri_11() -> None:
    session, _ = finished_meeting()
    data = _open(render_minutes(session, "docx", "sv"))
    section = data.sections[0]
    page = (section.page_width, section.page_height)
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert [round(length.mm) for length in (*page, *margins)] == [210, 297, 20, 20, 20, 20]
    normal = data.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Calibri", Pt(11))


def test_the_document_ends_with_the_last_line_of_the_minutes() -> None:
    session, _ = finished_meeting()
    data = render_minutes(session, "docx", "en")
    last = _body(data)[-1]
    assert isinstance(last, DocxParagraph) and last.text.strip()


@pytest.mark.parametrize(("lang", "language"), [("sv", "sv-SE"), ("en", "en-GB")])
def test_file_properties_say_what_the_minutes_are(lang: str, language: str) -> None:
    session, _ = finished_meeting()
    session.dialogue.reference = "Dnr 2026/123"
    session.minutes_author = "Josefine Inköpare"
    props = _open(render_minutes(session, "docx", lang)).core_properties
    assert props.title == t("minutes.title", lang, title=session.dialogue.title)
    assert props.language == language
    assert props.author == props.last_modified_by == "Josefine Inköpare"
    assert props.subject == "Dnr 2026/123"
    # python-docx's blank template says it made the file; the minutes say nothing of the kind.
    assert (props.comments, props.keywords) == ("", "")
    assert props.created.replace(tzinfo=None) == datetime(2026, 11, 24, 13, 46)  # the end, in UTC
    assert props.modified == props.created
    assert props.revision == 1


def test_minutes_without_a_reference_have_no_subject() -> None:
    session, _ = finished_meeting()
    session.dialogue.reference = ""
    assert _open(render_minutes(session, "docx", "sv")).core_properties.subject == ""


def test_the_revision_is_the_version_of_the_final_minutes() -> None:
    session, clock = finished_meeting()
    finalise(session, clock, lambda s, lang: "")
    clock.advance(60)
    record_change(session, clock)
    session.supplier = "Exempel Bygg Aktiebolag"
    clock.advance(60)
    finalise(session, clock, lambda s, lang: "")
    data = render_minutes(session, "docx", "en")
    assert _open(data).core_properties.revision == 2


def _runs(row: Any) -> list[Any]:
    return [run for cell in row.cells for p in cell.paragraphs for run in p.runs]


def _summary_docx(lang: str) -> bytes:
    summary = build_summary(three_meetings(), now=NOW)
    data = render_document(summary_document(summary, lang), "docx")
    assert isinstance(data, bytes)
    return data


def test_the_summary_file_is_dated_when_it_was_made_and_names_no_author() -> None:
    props = _open(_summary_docx("sv")).core_properties
    # The summary has no author of its own; the blank template's "python-docx" is not kept.
    assert (props.author, props.last_modified_by) == ("", "")
    assert props.revision == 1
    assert props.created.replace(tzinfo=None) == datetime(2026, 11, 27, 9, 0)  # NOW, in UTC
    assert props.modified == props.created


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_summary_tables_have_a_bold_header_a_grid_and_sit_under_their_heading(lang: str) -> None:
    data = _summary_docx(lang)
    body = _body(data)
    tables = [i for i, block in enumerate(body) if isinstance(block, DocxTable)]
    assert len(tables) >= 2
    for index in tables:
        table = body[index]
        assert isinstance(table, DocxTable)
        assert table.style is not None and table.style.name == "Table Grid"
        header, *rows = table.rows
        assert rows, "a table has rows under its header"
        assert all(run.bold for run in _runs(header))
        assert not any(run.bold for row in rows for run in _runs(row))
        # Word joins tables that touch: each is followed by a paragraph of its own.
        after = body[index + 1] if index + 1 < len(body) else None
        assert isinstance(after, DocxParagraph) and after.text == ""
    headings = [b.text for b in body[: tables[0]] if isinstance(b, DocxParagraph)]
    assert t("summary.section.meetings", lang) in headings


def test_a_table_reads_back_cell_by_cell() -> None:
    header = ("Leverantör", "Datum", "Fråga")
    rows = (("Alfa Bygg AB", str(date(2026, 11, 24)), "två\nrader"), ("Beta", "", "x"))
    document = Document(
        "sv", "T", {}, [Heading(1, "Före"), Table(header, rows), Paragraph((Span("Efter"),))]
    )
    body = _body(render_document(document, "docx"))
    assert [type(b).__name__ for b in body] == ["Paragraph", "Table", "Paragraph", "Paragraph"]
    table = body[1]
    assert isinstance(table, DocxTable)
    cells = [tuple(cell.text for cell in row.cells) for row in table.rows]
    assert cells == [header, *rows]
    assert [b.text for b in body if isinstance(b, DocxParagraph)] == ["Före", "", "Efter"]
