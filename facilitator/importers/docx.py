"""Word documents (.docx), read with python-docx into the same outline as every other source.

Headings (the "Heading n" and "Title" styles, or a paragraph's outline level) are headings; a
paragraph numbered or bulleted by Word (its own `numPr`, or its style's, as "List Number" has) is
a list item at its numbering level; a "List Paragraph" without numbering carries on the item
above it; a short paragraph that is all bold reads as a heading, as in a web page; tables go to
the outline's table rule. Everything else is a paragraph.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from facilitator.i18n import N_
from facilitator.importers.outline import ImportProblem, Outline, looks_like_question

#: Word's and LibreOffice's names of the heading styles, in the languages our users have.
_HEADING_PREFIXES = ("heading", "rubrik", "überschrift")
_TITLE_STYLES = ("title", "rubrik", "titel")
_LIST_PARAGRAPH = ("list paragraph", "liststycke")


def docx_paragraphs(data: bytes) -> Iterator[Paragraph | Table]:
    """The body of a .docx in document order; `ImportProblem` if it is not one."""
    document = _open(data)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def read_docx(data: bytes) -> Outline:
    outline = Outline()
    for block in docx_paragraphs(data):
        if isinstance(block, Table):
            outline.table([[cell.text for cell in row.cells] for row in block.rows])
            continue
        text = block.text
        if not text.strip():
            continue
        heading = _heading_level(block)
        depth = _list_depth(block)
        if heading is not None:
            outline.heading(text, heading)
        elif depth is not None:
            outline.item(text, depth)
        elif _style_name(block) in _LIST_PARAGRAPH:
            outline.continuation(text)
        elif _all_bold(block) and len(text.strip()) <= 80 and not looks_like_question(text):
            outline.heading(text, 3)
        else:
            outline.text(text)
    return outline


def _open(data: bytes) -> DocumentObject:
    try:
        return Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        PackageNotFoundError,
        etree.XMLSyntaxError,
        KeyError,
        ValueError,
        EOFError,
        OSError,
    ) as error:
        raise ImportProblem(
            N_(
                "The file looks like a Word document but cannot be read (it may be damaged or "
                "password protected)."
            )
        ) from error


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return (style.name or "").casefold() if style is not None else ""


def _heading_level(paragraph: Paragraph) -> int | None:
    name = _style_name(paragraph)
    if name in _TITLE_STYLES:
        return 1
    for prefix in _HEADING_PREFIXES:
        rest = name.removeprefix(prefix).strip()
        if rest != name and rest.isdigit():
            return min(int(rest), 6)
    outline_level = _property(paragraph, "w:outlineLvl")
    if outline_level is not None and outline_level.isdigit() and int(outline_level) < 9:
        return int(outline_level) + 1
    return None


def _found(paragraph: Paragraph, tag: str) -> Any:
    """A paragraph property's element: the paragraph's own, else its style's (or their bases')."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for properties in sources:
        found = properties.find(qn(tag)) if properties is not None else None
        if found is not None:
            return found
    return None


def _property(paragraph: Paragraph, tag: str) -> str | None:
    """The `w:val` of a paragraph property."""
    found = _found(paragraph, tag)
    return None if found is None else found.get(qn("w:val"))


def _list_depth(paragraph: Paragraph) -> int | None:
    """The numbering level (0 = top) of a numbered or bulleted paragraph, None if it is not."""
    numbering = _found(paragraph, "w:numPr")
    if numbering is not None:
        number = numbering.find(qn("w:numId"))
        if number is not None and number.get(qn("w:val")) == "0":
            return None  # numbering switched off
        level = numbering.find(qn("w:ilvl"))
        value = level.get(qn("w:val")) if level is not None else "0"
        return int(value) if value and value.isdigit() else 0
    return None


def _all_bold(paragraph: Paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph.style is not None and bool(paragraph.style.font.bold)
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)
