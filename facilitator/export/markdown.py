"""Minutes as CommonMark with a YAML front-matter block of the metadata.

User text is escaped so that whatever a supplier's name or a note contains (``# | * < > ---``,
HTML tags, link syntax) reads literally and never becomes structure.
"""

from __future__ import annotations

import re

import yaml

from facilitator.export.document import Bullets, Document, Fields, Heading, Paragraph, Span

# ASCII punctuation that can start or end CommonMark (or common extension) syntax inline.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~&=])")
# An ordered-list marker ("2026." or "3)") at the start of a line.
_ORDERED = re.compile(r"^(\d+)([.)])", re.M)


def escape(text: str) -> str:
    """`text` as literal Markdown inline content; line breaks become hard breaks."""
    lines = [line.strip() for line in text.split("\n")]
    escaped = [_ORDERED.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", line)) for line in lines if line]
    return "\\\n".join(escaped)


def _spans(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        text = escape(span.text)
        if not text:
            out.append(" " if span.text else "")
            continue
        # Emphasis must not start or end with a space, so keep the spaces outside the markers.
        lead = " " if span.text[:1].isspace() else ""
        trail = " " if span.text[-1:].isspace() else ""
        if span.style == "strong":
            text = f"{lead}**{text}**{trail}"
        elif span.style == "em":
            text = f"{lead}*{text}*{trail}"
        else:
            text = f"{lead}{text}{trail}"
        out.append(text)
    return "".join(out).strip()


def _indent_continuation(text: str, width: int) -> str:
    return text.replace("\n", "\n" + " " * width)


def front_matter(document: Document) -> str:
    body = yaml.safe_dump(
        document.metadata, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000
    )
    return f"---\n{body}---"


def render(document: Document) -> str:
    parts = [front_matter(document)]
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"{'#' * block.level} {escape(' '.join(block.text.split()))}")
        elif isinstance(block, Paragraph):
            parts.append(_spans(block.spans))
        elif isinstance(block, Fields):
            # One paragraph, a hard line break between rows (a list here would merge with the next).
            parts.append(
                "\\\n".join(f"**{escape(label)}:** {escape(value)}" for label, value in block.rows)
            )
        elif isinstance(block, Bullets):
            parts.append(
                "\n".join("- " + _indent_continuation(_spans(item), 2) for item in block.items)
            )
    return "\n\n".join(part for part in parts if part) + "\n"
