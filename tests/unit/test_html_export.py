"""The HTML files as a browser reads them: valid HTML5, and the dialogue summary's tables cell by
cell, with their header row marked as headers of the columns."""

from __future__ import annotations

import html5lib
import pytest

from facilitator.domain.summary import build_summary
from facilitator.export import render_document
from facilitator.export.document import Document, Heading, Paragraph, Span, Table
from facilitator.export.summary import summary_document
from facilitator.i18n import t
from tests.unit.minutes_helpers import html_text
from tests.unit.summary_helpers import NOW, three_meetings


def _cells(row) -> list[str]:
    return [" ".join("".join(cell.itertext()).split()) for cell in row if cell.tag in ("th", "td")]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_summary_is_valid_html_and_its_tables_read_back_cell_by_cell(lang: str) -> None:
    document = summary_document(build_summary(three_meetings(), now=NOW), lang)
    markup = render_document(document, "html")
    assert isinstance(markup, str)
    html5lib.HTMLParser(strict=True).parse(markup)  # raises on any parse error
    tree = html5lib.parse(markup, namespaceHTMLElements=False)
    expected = [block for block in document.blocks if isinstance(block, Table)]
    grids = tree.findall(".//table[@class='grid']")
    assert len(grids) == len(expected) >= 2
    for grid, table in zip(grids, expected, strict=True):
        (head,) = grid.findall("thead/tr")
        assert _cells(head) == list(table.header)
        assert {th.get("scope") for th in head} == {"col"}
        rows = grid.findall("tbody/tr")
        assert [_cells(row) for row in rows] == [list(row) for row in table.rows]
        assert all(cell.tag == "td" for row in rows for cell in row)
    assert t("summary.section.meetings", lang) in [h.text for h in tree.findall(".//h2")]
    body = tree.find("body")
    assert body is not None
    stray = [child.tail for child in body if (child.tail or "").strip()]
    assert stray == [], "no text outside the headings, paragraphs, lists and tables"


def test_a_table_stands_where_it_is_in_the_document() -> None:
    document = Document(
        "sv",
        "T",
        {},
        [
            Heading(2, "Före"),
            Table(("a", "b"), (("1", "2"), ("3", "4 & <5>"))),
            Paragraph((Span("Efter"),)),
        ],
    )
    markup = render_document(document, "html")
    assert isinstance(markup, str)
    html5lib.HTMLParser(strict=True).parse(markup)
    body = html5lib.parse(markup, namespaceHTMLElements=False).find("body")
    assert body is not None
    assert [child.tag for child in body] == ["h2", "table", "p"]
    rows = body.findall("table/tbody/tr")
    assert [_cells(row) for row in rows] == [["1", "2"], ["3", "4 & <5>"]]
    assert html_text(markup) == "Före a b 1 2 3 4 & <5> Efter"
