"""Text typed or imported by people, made safe to show on a terminal."""

from __future__ import annotations

import unicodedata


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """`text` safe to show on a terminal: control and format characters (escape sequences, bells,
    carriage returns, right-to-left overrides, lone surrogates) written out as `\\uXXXX` instead
    of acting on the terminal. Letters of every script, right-to-left ones included, stay as they
    are. With `keep_newlines`, line feeds stay line feeds.
    """
    if text.isprintable():
        return text
    return "".join(
        c
        if unicodedata.category(c)[0] != "C" or (keep_newlines and c == "\n")
        else f"\\u{ord(c):04x}"
        for c in text
    )
