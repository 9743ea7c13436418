"""Word documents made in the test: a dialogue's questions with Word's own numbering, headings,
a table and a bold "Fråga" label, as procurers write them."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def numbered(paragraph, level: int = 0, num_id: int = 1) -> None:
    """Give a paragraph Word's own numbering (`numPr`), as Word does for a typed list."""
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    numbering.append(ilvl)
    numbering.append(num)
    properties.append(numbering)


def seven_questions_docx() -> bytes:
    document = Document()
    document.add_heading("Marknadsdialog inför upphandling av skolmåltider", 0)
    document.add_paragraph("Diarienummer: KS 2019/777")
    document.add_heading("Syfte", 1)
    document.add_paragraph("Vi vill förstå hur marknaden för skolmåltider ser ut.")
    document.add_heading("Behov", 1)
    first = document.add_paragraph(
        "Hur ser ni på vårt behov av mat lagad på plats?", style="List Paragraph"
    )
    numbered(first)
    follow = document.add_paragraph("Vad krävs i köksutrustning?", style="List Paragraph")
    numbered(follow, level=1)
    wrapped = document.add_paragraph(
        "Vilka krav på närproducerat är rimliga, och hur", style="List Paragraph"
    )
    numbered(wrapped)
    document.add_paragraph("påverkar de priset?", style="List Paragraph")  # continues the item
    document.add_heading("Marknad", 1)
    document.add_paragraph("Hur många aktörer kan leverera i vår region?", style="List Number")
    document.add_paragraph("Vilka förändringar ser ni på marknaden?", style="List Bullet")
    document.add_heading("Förutsättningar för affären", 1)
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("Nr", "Fråga"),
        ("1", "Vilken avtalstid är rimlig?"),
        ("2", "Beskriv hur ni vill att vi anger priset."),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    ask = document.add_paragraph()
    ask.add_run("Fråga 3:").bold = True
    ask.add_run(" Vad gör det svårt för ett mindre företag att lämna anbud")
    return docx_bytes(document)
