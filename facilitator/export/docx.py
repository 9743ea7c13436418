"""Minutes as a Word document (python-docx): real headings, real bulleted lists, plain runs.

Text goes into runs as it is, so Markdown or HTML syntax in a note is just characters.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import SubElement

from facilitator.export.document import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
)

#: The run property each span style sets: bold or italic.
_RUN_STYLE = {"strong": qn("w:b"), "em": qn("w:i")}
_R, _RPR, _T, _SPACE = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("xml:space")


def _add_spans(paragraph: DocxParagraph, spans: tuple[Span, ...]) -> None:
    for index, span in enumerate(spans):
        text = span.text
        if index == 0:
            text = text.lstrip()
        if text:
            _add_run(paragraph, text, span.style)


def _add_run(paragraph: DocxParagraph, text: str, style: str = "") -> None:
    """A run of `text` at the end of `paragraph`, bold for "strong", italic for "em". The run's
    XML is made here: python-docx's `add_run` reads the text one character at a time (to turn
    tabs and line breaks into their XML), and places each element it adds by looking for every
    element that may follow it. Text with tabs or line breaks, rare, goes through `add_run`."""
    if "\t" in text or "\n" in text or "\r" in text:
        run = paragraph.add_run(text)
        # Set only when on: each assignment, even of None, adds the run's properties.
        if style == "strong":
            run.bold = True
        elif style == "em":
            run.italic = True
        return
    r = SubElement(paragraph._p, _R)
    if style in _RUN_STYLE:
        SubElement(SubElement(r, _RPR), _RUN_STYLE[style])
    t = SubElement(r, _T)
    t.text = text
    if len(text.strip()) < len(text):  # else Word drops the spaces at either end
        t.set(_SPACE, "preserve")


def _stamp(document: Document) -> datetime:
    for key in ("finalised", "changed", "end", "start", "made"):
        value = document.metadata.get(key)
        if value:
            moment = datetime.fromisoformat(str(value))
            return moment.astimezone(timezone.utc).replace(tzinfo=None)
    return datetime(2000, 1, 1)


_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")


class _Body:
    """Adds paragraphs at the end of the document in constant time, styles looked up once.

    python-docx finds a style (by name or object) by scanning every style in the document, and
    appends a paragraph by scanning the body for its section properties; with the thousands of
    bullets of a long meeting both took seconds. Paragraphs are put before an end marker instead,
    and take the style's id, looked up once per style.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self._doc = doc
        self._style_ids: dict[str, str] = {}
        self._end = doc.add_paragraph()

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        end = self._end._p
        p = end.makeelement(_P, {})
        if style is not None:
            if style not in self._style_ids:
                self._style_ids[style] = self._doc.styles[style].style_id
            SubElement(SubElement(p, _PPR), _PSTYLE).set(_VAL, self._style_ids[style])
        end.addprevious(p)
        return DocxParagraph(p, self._end._parent)

    def table(self, rows: int, cols: int) -> DocxTable:
        """An empty table at the end of the document."""
        table: DocxTable = self._doc.add_table(rows=rows, cols=cols)
        self._end._p.addprevious(table._tbl)
        return table

    def close(self) -> None:
        """Remove the end marker."""
        marker = self._end._p
        marker.getparent().remove(marker)


def render(document: Document) -> bytes:
    doc = new_docx()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    props = doc.core_properties
    props.title = document.title
    props.language = "sv-SE" if document.lang == "sv" else "en-GB"
    props.author = str(document.metadata.get("author") or "")
    props.last_modified_by = props.author
    props.subject = str(document.metadata.get("reference") or "")
    props.comments = ""
    props.keywords = ""
    props.revision = int(document.metadata.get("version") or 1)
    stamp = _stamp(document)
    props.created = stamp
    props.modified = stamp
    body = _Body(doc)
    for block in document.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 9)
            _add_run(body.paragraph(f"Heading {level}"), " ".join(block.text.split()))
        elif isinstance(block, Paragraph):
            _add_spans(body.paragraph(), block.spans)
        elif isinstance(block, Fields):
            for index, (label, value) in enumerate(block.rows, start=1):
                paragraph = body.paragraph()
                _add_run(paragraph, f"{label}: ", "strong")
                _add_run(paragraph, value.strip())
                if index < len(block.rows):  # rows of one block read as one group
                    paragraph.paragraph_format.space_after = Pt(0)
        elif isinstance(block, Bullets):
            for item in block.items:
                _add_spans(body.paragraph("List Bullet"), item)
        elif isinstance(block, Table):
            grid = body.table(rows=1 + len(block.rows), cols=len(block.header))
            grid.style = "Table Grid"
            # Cells row by row: `grid.cell()` lays out the whole table at every call.
            for cells, row in zip(grid.rows, (block.header, *block.rows), strict=True):
                for cell, value in zip(cells.cells, row, strict=True):
                    cell.text = value
                    if row is block.header:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            body.paragraph()
    body.close()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
