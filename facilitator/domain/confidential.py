"""The confidentiality mark on a line of notes.

A confidential notes line starts with the lock mark: ``🔒 text``, or ``🔒[reason] text`` when the
supplier stated what harm disclosure would do. The public version of the minutes replaces such a
line with a placeholder; the internal minutes show it with its reason. Secrecy is judged detail by
detail, so the mark belongs to one line, not to a whole question's notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from facilitator.domain.entries import LogEntry

MARK = "🔒"
_LINE = re.compile(r"^\s*" + MARK + r"(?:\[(?P<reason>[^\]\n]*)\])?[ \t]?(?P<text>.*)$", re.S)


@dataclass(frozen=True)
class NoteLine:
    """One line of notes, with its confidentiality mark read off."""

    text: str
    confidential: bool = False
    #: The supplier's stated reason for confidentiality, if any.
    reason: str = ""


#: The legal grounds for secrecy a mark may name (Offentlighets- och sekretesslagen).
#: OSL 31:16, a supplier's business secret, is assumed when the mark names none; another is
#: OSL 19:3, the authority's own business interest in a procurement.
DEFAULT_GROUND = "OSL 31:16"
_GROUND = re.compile(r"^\s*(?P<ground>OSL\s*\d+\s*:\s*\d+\s*[a-z]?)(?:\s*[:;,–-]\s*|\s+|$)", re.I)


def split_ground(reason: str) -> tuple[str, bool, str]:
    """The legal ground a confidentiality reason starts with ("OSL 19:3: ..."), whether it was
    given, and the rest of the reason. Without one the ground is `DEFAULT_GROUND`."""
    match = _GROUND.match(reason)
    if match is None:
        return DEFAULT_GROUND, False, reason.strip()
    ground = re.sub(r"\s*:\s*", ":", " ".join(match["ground"].split()))
    ground = re.sub(r"^osl\s*", "OSL ", ground, flags=re.I)
    return ground, True, reason[match.end() :].strip()


def parse_line(line: str) -> NoteLine:
    """The line's text and mark."""
    match = _LINE.match(line)
    if match is None:
        return NoteLine(line)
    return NoteLine(match["text"], True, (match["reason"] or "").strip())


def format_line(note: NoteLine) -> str:
    """The line as it is stored in the notes."""
    if not note.confidential:
        return note.text
    reason = _clean_reason(note.reason)
    return f"{MARK}[{reason}] {note.text}" if reason else f"{MARK} {note.text}"


def _clean_reason(reason: str) -> str:
    """A reason that fits between the brackets on one line."""
    return " ".join(reason.replace("[", "(").replace("]", ")").split())


def split_note(text: str) -> list[NoteLine]:
    """Every line of a question's notes, blank ones included, so positions match the editor's."""
    return [parse_line(line) for line in text.split("\n")]


def _replace_line(text: str, line: int, change: Callable[[NoteLine], NoteLine]) -> str:
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return text
    lines[line] = format_line(change(parse_line(lines[line])))
    return "\n".join(lines)


def toggle_line(text: str, line: int) -> str:
    """The notes with line `line` (0-based) marked confidential, or unmarked if it was.

    A line number outside the notes leaves them unchanged. Unmarking drops the stated reason.
    """
    return _replace_line(text, line, lambda note: NoteLine(note.text, not note.confidential, ""))


def set_line_reason(text: str, line: int, reason: str) -> str:
    """The notes with line `line` marked confidential for the stated `reason`."""
    return _replace_line(text, line, lambda note: NoteLine(note.text, True, reason))


def mark_entry(entry: LogEntry, confidential: bool = True, reason: str = "") -> None:
    """Mark a log entry confidential (with the supplier's stated reason) or clear the mark."""
    entry.confidential = confidential
    entry.confidential_reason = " ".join(reason.split()) if confidential else ""


def toggle_entry(entry: LogEntry) -> None:
    """Mark a log entry confidential, or clear the mark and its reason."""
    mark_entry(entry, not entry.confidential, entry.confidential_reason)
