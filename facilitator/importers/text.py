"""Plain text: one question a line, a blank line between themes.

A block's first line is taken as its heading when it names a theme or the purpose, ends with a
colon, or is a short line that is not a question while more lines follow; a line of its own that
names a theme or the purpose is a heading too, and the blocks after a purpose heading are the
purpose text. Indented lines under a question are its follow-ups, and so are lines with a dash
under a question written without one. A line such as "Diarienummer: KS 2019/777" is the reference.
"""

from __future__ import annotations

import re

from facilitator.importers.outline import (
    Outline,
    is_purpose_heading,
    looks_like_question,
    reference_in,
    theme_of_heading,
)

_BULLET = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)])\s+")
_DASH = re.compile(r"^[-*+•–]\s+")


def read_text(text: str) -> Outline:
    outline = Outline()
    in_purpose = False
    for block in _blocks(text):
        has_more = len(block) > 1
        block = [line for line in block if not _reference(line, outline)]
        if not block:
            continue
        first, rest = block[0], block[1:]
        if _is_heading(first, has_more=has_more):
            heading = first.strip().rstrip(":").strip()
            outline.heading(heading)
            in_purpose = is_purpose_heading(heading) and theme_of_heading(heading) is None
            block = rest
        elif not in_purpose or looks_like_question(first) or _BULLET.match(first.strip()):
            in_purpose = False
        #: Whether this block's questions are written with a dash (None before the first one).
        dashed: bool | None = None
        for line in block:
            if in_purpose:
                outline.text(line)
                continue
            indented = line[:1].isspace()
            has_dash = bool(_DASH.match(line))
            if dashed is not None and (indented or (has_dash and not dashed)):
                outline.item(_BULLET.sub("", line.strip()), depth=1)
            else:
                outline.item(_BULLET.sub("", line.strip()))
                dashed = has_dash
    return outline


def _reference(line: str, outline: Outline) -> bool:
    """A "Diarienummer: ..." line, kept as text for the outline to take the reference from."""
    stripped = line.strip()
    if reference_in(stripped) and not looks_like_question(stripped) and len(stripped) <= 80:
        outline.text(stripped)
        return True
    return False


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _is_heading(line: str, *, has_more: bool) -> bool:
    stripped = line.strip()
    if looks_like_question(stripped) or _BULLET.match(stripped):
        return False
    if stripped.endswith(":") or theme_of_heading(stripped) or is_purpose_heading(stripped):
        return has_more or stripped.endswith(":") or _short_label(stripped)
    return has_more and _short_label(stripped)


def _short_label(line: str) -> bool:
    return len(line) <= 60 and not line.endswith(".")
