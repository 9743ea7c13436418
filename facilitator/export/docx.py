"""Minutes as a Word document (python-docx): real headings, real bulleted lists, plain runs.

Text goes into runs as it is, so Markdown or HTML syntax in a note is just characters.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from facilitator.export.document import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
)


def _add_spans(paragraph: DocxParagraph, spans: tuple[Span, ...]) -> None:
    for index, span in enumerate(spans):
        text = span.text
        if index == 0:
            text = text.lstrip()
        if not text:
            continue
        run = paragraph.add_run(text)
        if span.style == "strong":
            run.bold = True
        elif span.style == "em":
            run.italic = True


class _Styled:
    """Paragraphs in named styles, each style looked up once.

    python-docx looks a style name up among all the document's styles (and works out the default
    one) for every paragraph it styles, which made a long document take seconds.
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.ids: dict[str, str] = {}

    def add(self, style: str, text: str = "") -> DocxParagraph:
        if style not in self.ids:
            self.ids[style] = self.doc.styles[style].style_id
        paragraph = self.doc.add_paragraph(text)
        paragraph._p.style = self.ids[style]
        return paragraph


def _stamp(document: Document) -> datetime:
    for key in ("finalised", "changed", "end", "start", "made"):
        value = document.metadata.get(key)
        if value:
            moment = datetime.fromisoformat(str(value))
            return moment.astimezone(timezone.utc).replace(tzinfo=None)
    return datetime(2000, 1, 1)


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
    styled = _Styled(doc)
    for block in document.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 9)
            styled.add(f"Heading {level}", " ".join(block.text.split()))
        elif isinstance(block, Paragraph):
            _add_spans(doc.add_paragraph(), block.spans)
        elif isinstance(block, Fields):
            for index, (label, value) in enumerate(block.rows, start=1):
                paragraph = doc.add_paragraph()
                paragraph.add_run(f"{label}: ").bold = True
                paragraph.add_run(value.strip())
                if index < len(block.rows):  # rows of one block read as one group
                    paragraph.paragraph_format.space_after = Pt(0)
        elif isinstance(block, Bullets):
            for item in block.items:
                _add_spans(styled.add("List Bullet"), item)
        elif isinstance(block, Table):
            grid = doc.add_table(rows=1 + len(block.rows), cols=len(block.header))
            grid.style = "Table Grid"
            # Cells row by row: `grid.cell()` lays out the whole table at every call.
            for cells, row in zip(grid.rows, (block.header, *block.rows), strict=True):
                for cell, value in zip(cells.cells, row, strict=True):
                    cell.text = value
                    if row is block.header:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
