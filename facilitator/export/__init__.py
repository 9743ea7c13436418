"""Minutes rendered to Markdown, HTML, DOCX and plain text.

`render_minutes(session, fmt, lang, public)` builds the minutes once (`domain.minutes`), lays them
out once (`document`), and hands that to the format's module, so every format says the same.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.domain.clock import Clock
    from facilitator.domain.minutes_version import MinutesVersion
    from facilitator.domain.session import Session
    from facilitator.export.document import Document

# The minutes' model and the formats are imported by the functions that use them, so that the
# command line can name the formats (`FORMATS`) without loading them.

#: Format name -> file suffix.
FORMATS: dict[str, str] = {"md": "md", "html": "html", "docx": "docx", "txt": "txt"}
#: Formats that render to bytes rather than text.
BINARY_FORMATS = frozenset({"docx"})

#: Format name -> the module whose `render(document)` writes it, imported when first used
#: (python-docx and lxml only for DOCX).
_RENDERERS: dict[str, str] = {"md": "markdown", "html": "html", "docx": "docx", "txt": "text"}


def minutes_document(
    session: Session, lang: str = "sv", public: bool = False, now: datetime | None = None
) -> Document:
    """The laid-out minutes (for a preview that renders them itself)."""
    from facilitator.domain.minutes import build_minutes
    from facilitator.export.document import build_document

    return build_document(build_minutes(session, public=public, now=now), lang)


def render_document(document: Document, fmt: str) -> str | bytes:
    """Laid-out minutes in `fmt` (see `FORMATS`); bytes for DOCX, text otherwise. The document
    is a copy of what the session said, so it may be rendered on a worker thread."""
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    renderer = import_module(f"{__name__}.{_RENDERERS[fmt]}")
    result: str | bytes = renderer.render(document)
    return result


def render_minutes(
    session: Session,
    fmt: str = "md",
    lang: str = "sv",
    public: bool = False,
    now: datetime | None = None,
) -> str | bytes:
    """The minutes of `session` in `fmt` (see `FORMATS`); bytes for DOCX, text otherwise."""
    return render_document(minutes_document(session, lang, public, now), fmt)


def document_preview(document: Document) -> str:
    """The Markdown minutes without their front matter, for a Markdown viewer on screen."""
    from facilitator.export import markdown

    return markdown.render(document, with_front_matter=False)


def markdown_file(document: Document, preview: str) -> str:
    """The Markdown file of the minutes whose `document_preview` is `preview`: the front matter
    and that same text, so that minutes shown on screen are not rendered a second time."""
    from facilitator.export import markdown

    return f"{markdown.front_matter(document)}\n\n{preview}"


def render_markdown(session: Session, lang: str) -> str:
    """The internal minutes in Markdown (what a finalised version keeps for the archive)."""
    result = render_minutes(session, "md", lang)
    assert isinstance(result, str)
    return result


def finalise_minutes(session: Session, clock: Clock, author: str | None = None) -> MinutesVersion:
    """Finalise the minutes as their next version, archiving the Markdown in both languages."""
    from facilitator.domain.versions import finalise

    return finalise(session, clock, render_markdown, author)


_UNSAFE_NAME = re.compile(r"[^\w]+", re.UNICODE)


def safe_name(text: str, limit: int = 60) -> str:
    """`text` as a piece of a file name: letters, digits and single dashes only."""
    normal = unicodedata.normalize("NFC", text)
    name = _UNSAFE_NAME.sub("-", normal).strip("-_")
    return name[:limit].strip("-_")


def suggested_filename(session: Session, fmt: str, lang: str, public: bool) -> str:
    """A file name for the minutes, safe on every system: no separators, no dots but the suffix."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    parts = [safe_name(session.dialogue.title), safe_name(session.supplier, 40)]
    when = session.started_at or session.scheduled_at
    if when is not None:
        # The start time too: two meetings with one supplier on one day get two files.
        from facilitator.domain.time import in_zone

        parts.append(in_zone(when, session.timezone).strftime("%Y-%m-%d-%H%M"))
    parts.append(lang)
    if public:
        parts.append("offentlig" if lang == "sv" else "public")
    stem = "-".join(p for p in parts if p)  # never empty: the language is always there
    prefix = "minnesanteckningar" if lang == "sv" else "minutes"
    return f"{prefix}-{stem}.{FORMATS[fmt]}"
