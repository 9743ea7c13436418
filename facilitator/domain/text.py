"""Text typed or imported by people, made safe to store and to show on a terminal."""

from __future__ import annotations

import re
import unicodedata

#: Characters no document format can carry (what XML 1.0 cannot hold for DOCX and HTML: C0 and
#: C1 controls except tab and newline, surrogates, non-characters), and the invisible
#: bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
#: make a public record read differently from what was written. Right-to-left letters stay.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
#: What `clean` changes: most texts hold none of it, and are looked through once.
_TO_CLEAN = re.compile(f"{_LINE_BREAKS.pattern}|{_UNSAFE.pattern}")

#: Zero-width joiner and non-joiner: they glue an emoji sequence into one figure (👷‍♀️) and shape
#: letters in some scripts, so they are kept between two visible characters.
_JOINERS = frozenset("\u200c\u200d")
#: Tag characters spell out a subdivision flag after a black flag (🏴 + tags = Scotland's flag).
_TAGS = range(0xE0020, 0xE0080)
_BLACK_FLAG = "\U0001f3f4"
#: Characters that break a line or move the cursor: in a name they become a space.
_SPACES = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def _invisible(c: str) -> bool:
    """Controls, format characters and lone surrogates: they act on a terminal or hide."""
    return unicodedata.category(c) in ("Cc", "Cf", "Cs")


def _visible_text(text: str, *, keep_newlines: bool) -> str:
    kept: list[str] = []
    for index, c in enumerate(text):
        if keep_newlines and c == "\n":
            kept.append(c)
        elif c in _SPACES:
            kept.append(" ")
        elif not _invisible(c):
            kept.append(c)
        elif c in _JOINERS:
            after = text[index + 1 : index + 2]
            if kept and not kept[-1].isspace() and after and not after.isspace():
                if not _invisible(after):
                    kept.append(c)
        elif ord(c) in _TAGS and kept and (kept[-1] == _BLACK_FLAG or ord(kept[-1]) in _TAGS):
            kept.append(c)
    return "".join(kept)


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """`text` safe to show on a terminal: control and invisible characters (escape sequences,
    bells, carriage returns, right-to-left overrides, zero-width spaces, lone surrogates) are
    left out, and line breaks and tabs become spaces. A zero-width joiner inside an emoji stays,
    so 👷‍♀️ stays one figure. Letters of every script, right-to-left ones included, stay as they
    are. With `keep_newlines`, line feeds stay line feeds.
    """
    if text.isprintable():
        return text
    return _visible_text(text, keep_newlines=keep_newlines)


def clean_name(text: str) -> str:
    """A name (of a supplier, a person, a dialogue) as it is kept: what `printable` shows, with
    runs of spaces made one and no space at either end. Every place a name comes in uses it:
    forms, command-line options and imported invites."""
    return " ".join(_visible_text(text, keep_newlines=False).split())


def clean(text: str) -> str:
    """User text without characters that no document format can carry; every line break a LF."""
    if _TO_CLEAN.search(text) is None:
        return text
    return _UNSAFE.sub("", _LINE_BREAKS.sub("\n", text))
