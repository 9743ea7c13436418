"""Import a dialogue's questions (and purpose text) from Markdown, plain text, HTML or Word.

`import_questions(path)` reads the file, picks the reader by extension and content, and returns an
`ImportResult` to show the user before anything is saved. A file that cannot give any questions
(empty, binary, too large, unreadable, no questions in it) raises `ImportProblem` with a message
for the user; nothing is ever written by importing.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.dialogue import Dialogue
from facilitator.i18n import N_
from facilitator.importers.encoding import decode, read_limited
from facilitator.importers.markdown import read_markdown
from facilitator.importers.outline import ImportProblem, ImportResult, Notice, build_result
from facilitator.importers.text import read_text

__all__ = [
    "ImportProblem",
    "ImportResult",
    "Notice",
    "add_to_dialogue",
    "import_bytes",
    "import_questions",
    "new_dialogue",
]

#: Larger files are refused before they are read (a long announcement page is about 1 MB).
MAX_BYTES = 25 * 1024 * 1024
_HTML = {".html", ".htm", ".xhtml", ".xht"}
_MARKDOWN = {".md", ".markdown", ".mdown", ".mkd"}
_TEXT = {".txt", ".text"}
_ZIP = b"PK\x03\x04"


def import_questions(path: Path | str) -> ImportResult:
    """The questions in the file at `path`; `ImportProblem` if there are none to be had."""
    path = Path(path)
    return import_bytes(
        read_limited(path, MAX_BYTES, N_("{path} is {mb} MB, too large to be a question list.")),
        path.name,
    )


def import_bytes(data: bytes, name: str = "") -> ImportResult:
    """The questions in `data`, read as the file called `name` (its extension picks the reader)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".ics" or data.lstrip()[:15].upper() == b"BEGIN:VCALENDAR":
        raise ImportProblem(
            N_(
                "This is a calendar invite, not a question list. Use it to fill in a booking "
                "(facilitator book DIALOGUE --supplier NAME --ics FILE)."
            )
        )
    # bs4, lxml, markdownify and python-docx are loaded when a file is imported, not with the
    # program.
    from facilitator.importers import html

    if suffix == ".vtt" or data.lstrip(b"\xef\xbb\xbf \r\n")[:6] == b"WEBVTT":
        raise ImportProblem(
            N_(
                "This is a transcript, not a question list. Attach it to a meeting with "
                "facilitator transcript SESSION FILE (or the key in the wrap-up after the "
                "meeting)."
            )
        )
    if suffix in (".odt", ".ott") or (data.startswith(_ZIP) and b"opendocument.text" in data[:200]):
        raise ImportProblem(
            N_(
                "OpenDocument files (.odt) cannot be imported directly. Save the document as "
                "Word (.docx) or a web page (HTML) and import that file."
            )
        )
    if data.startswith(_ZIP) and suffix not in _HTML | _MARKDOWN | _TEXT:
        from facilitator.importers.docx import read_docx
        from facilitator.importers.transcript import looks_like_transcript

        outline = read_docx(data)
        if looks_like_transcript(outline.blocks):
            raise ImportProblem(
                N_(
                    "This is a transcript, not a question list. Attach it to a meeting with "
                    "facilitator transcript SESSION FILE (or the key in the wrap-up after the "
                    "meeting)."
                )
            )
        result = build_result(outline)
        result.source = "docx"
        result.encoding = "utf-8"  # Office Open XML is always UTF-8
    else:
        kind = _kind(suffix, data)
        decoded = decode(data, html=kind == "html")
        reader = {"html": html.read_html, "markdown": read_markdown, "text": read_text}[kind]
        result = build_result(reader(decoded.text), skip_sections_without_questions=kind == "html")
        result.encoding = decoded.encoding
        result.source = kind
        result.warnings[:0] = decoded.warnings
    if not result.questions:
        raise ImportProblem(
            N_(
                "No questions were found in {name}. Write the questions as a list (one "
                "question a line) under headings such as Needs, Market and Conditions for the "
                "deal."
            ),
            name=name or "?",
        )
    return result


def _kind(suffix: str, data: bytes) -> str:
    from facilitator.importers.html import looks_like_html

    if suffix in _HTML:
        return "html"
    if suffix in _MARKDOWN:
        return "markdown"
    if suffix in _TEXT:
        return "text"
    if looks_like_html(data):
        return "html"
    head = data[:8192]
    if head.lstrip().startswith(b"#") or b"\n#" in head or b"\n- " in head:
        return "markdown"
    return "text"


def add_to_dialogue(dialogue: Dialogue, result: ImportResult) -> list[Notice]:
    """Add the imported questions after the dialogue's own; its purpose text and reference
    are taken only where it has none. What was not taken is returned as notices.

    The dialogue is changed in place: to keep a failed save from leaving a half-changed dialogue
    on screen, call it on a copy and swap the copy in once it is saved."""
    dialogue.questions.extend(result.questions)
    notices: list[Notice] = []
    if result.purpose and not dialogue.purpose.strip():
        dialogue.purpose = result.purpose
    elif result.purpose and result.purpose.strip() != dialogue.purpose.strip():
        notices.append(
            Notice.of(N_("The dialogue already has a purpose text; the imported one was not used."))
        )
    if result.reference and not dialogue.reference.strip():
        dialogue.reference = result.reference
    return notices


def new_dialogue(result: ImportResult, title: str = "", fallback_title: str = "") -> Dialogue:
    """A new dialogue from what was imported, titled `title`, else the document's own title."""
    dialogue = Dialogue(title=title.strip() or result.title or fallback_title)
    add_to_dialogue(dialogue, result)
    return dialogue
