"""Minutes as CommonMark with a YAML front-matter block of the metadata.

User text is escaped so that whatever a supplier's name or a note contains (``# | * < > ---``,
HTML tags, link syntax) reads literally and never becomes structure.
"""

from __future__ import annotations

import re

from facilitator.export.document import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Span,
    Table,
)

# Punctuation that can make inline syntax anywhere in a line (emphasis, code, links, HTML, tables,
# headings' closing sequence, strikethrough).
_INLINE = re.compile(r"([\\`*_\[\]<>#|~])")
# "&" only where it would start an entity reference.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What starts a block only at the beginning of a line: list markers, thematic breaks, setext
# underlines, ordered-list numbers ("2026." or "3)").
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")
# Any of the above: most lines have none, and are left as they are at the cost of one search.
_SPECIAL = re.compile(rf"{_INLINE.pattern}|&|^[-+=\d]")


def _escape_line(line: str) -> str:
    if _SPECIAL.search(line) is None:
        return line
    line = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", line))
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line)


def escape(text: str) -> str:
    """`text` as literal Markdown inline content; line breaks become hard breaks."""
    lines = [line.strip() for line in text.split("\n")]
    return "\\\n".join(_escape_line(line) for line in lines if line)


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
    body = _simple_yaml(document.metadata)
    if body is None:
        import yaml  # only the front matter needs it; the preview on screen does without

        body = yaml.safe_dump(
            document.metadata,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=1000,
        )
    return f"---\n{body}---"


#: Texts YAML writes as they are: a letter first, one line of printable characters, no ": " or
#: " #" (no ":" or "#" at all, to be sure), no space at the end, and not a word YAML reads as a
#: truth value or null.
_PLAIN = re.compile(
    r"[^\W\d_][^:#\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]*(?<! )"
)
#: The words YAML reads as truth values or null, in any case (YAML reads only three of each).
_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null"))
#: A session id: hexadecimal digits with a letter among them (not a number to YAML).
_HEX_ID = re.compile("(?=[0-9a-f]*[a-f])(?!0b)[0-9a-f]+")
#: A date or a moment as `isoformat` writes it: YAML would read a timestamp, so it is quoted.
_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[+-][0-9]{2}:[0-9]{2})?)?"
)
_KEY = re.compile("[a-z_]+")


def _simple_yaml(metadata: dict[str, object]) -> str | None:
    """The YAML `yaml.safe_dump` writes for front matter of names, numbers, truth values, dates
    and short texts (without loading YAML, which takes longer than the minutes); None for
    anything else."""
    lines = []
    for key, value in metadata.items():
        if not _KEY.fullmatch(key):
            return None
        if value is None:
            text = "null"
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, int):
            text = str(value)
        elif not isinstance(value, str) or len(value) > 500:
            return None
        elif _STAMP.fullmatch(value):
            text = f"'{value}'"
        elif _HEX_ID.fullmatch(value) or (
            _PLAIN.fullmatch(value) and value.lower() not in _WORDS
        ):
            text = value
        else:
            return None
        lines.append(f"{key}: {text}\n")
    return "".join(lines) if lines else None


def _cell(text: str) -> str:
    return escape(text).replace("\\\n", " ") or " "


def _table(table: Table) -> str:
    lines = [
        "| " + " | ".join(_cell(c) for c in table.header) + " |",
        "|" + "|".join(" --- " for _ in table.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    return "\n".join(lines)


def render(document: Document, *, with_front_matter: bool = True) -> str:
    """The Markdown file; without the front matter for showing it on screen."""
    parts = [front_matter(document)] if with_front_matter else []
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
        elif isinstance(block, Table):
            parts.append(_table(block))
    return "\n\n".join(part for part in parts if part) + "\n"
