"""Markdown: headings are themes, list items are questions, nested items their follow-ups.

Read line by line (no rendering), so the text of a question stays as the user wrote it. HTML is
converted to Markdown by markdownify and read here too.
"""

from __future__ import annotations

import re

from facilitator.importers.outline import Outline

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+(.*)|$)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")


def read_markdown(text: str) -> Outline:
    outline = Outline()
    lines = text.splitlines()
    paragraph: list[str] = []
    item: list[str] = []
    item_depth = 0
    indents: list[int] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            outline.text(_unescape(" ".join(paragraph)))
            paragraph.clear()
        if item:
            outline.item(_unescape(" ".join(item)), item_depth)
            item.clear()

    for raw in lines:
        line = raw.replace("\t", "    ").rstrip()
        if line.lstrip().startswith(">"):
            line = line.lstrip()[1:]
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            indents.clear()
            outline.heading(_unescape(heading.group(2)), len(heading.group(1)))
            continue
        underline = _SETEXT.match(line)
        if underline and paragraph and not item:
            level = 1 if underline.group(1).startswith("=") else 2
            text = " ".join(paragraph)
            paragraph.clear()
            outline.heading(_unescape(text), level)
            continue
        if _RULE.match(line):
            flush()
            continue
        bullet = _ITEM.match(line)
        if bullet:
            flush()
            if not bullet.group(2):
                continue
            indent = len(bullet.group(1))
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            item_depth = len(indents) - 1
            item.append(bullet.group(2) or "")
            continue
        if item and raw[:1].isspace():
            item.append(line.strip())
            continue
        if item:
            flush()
        indents.clear()
        paragraph.append(line.strip())
    flush()
    return outline


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)
