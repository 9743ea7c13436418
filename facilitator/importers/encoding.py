"""Bytes to text, never failing: byte-order mark, the HTML's declared charset, UTF-8, then cp1252.

Word saves web pages as windows-1252 and says so in a <meta> tag; LibreOffice and most web pages
use UTF-8. A file that is not text at all (a .docx, a PDF, an image) is refused with a message
that says what it looks like.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.importers.outline import ImportProblem, Notice

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
#: Signatures of files that are not text, and what to call them.
_MAGIC = (
    (b"PK\x03\x04", "zip"),  # .docx, .odt, .xlsx are zip files
    (b"\xd0\xcf\x11\xe0", "doc"),
    (b"%PDF", "pdf"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
)


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[Notice] = field(default_factory=list)


def decode(data: bytes, *, html: bool = False) -> Decoded:
    """The text in `data`; `ImportProblem` if it is empty or not text."""
    if not data.strip():
        raise ImportProblem("prep.error.empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name.replace("-sig", ""))
    _refuse_binary(data)
    warnings: list[Notice] = []
    declared = declared_charset(data) if html else None
    if declared:
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            warnings.append(Notice.of("prep.warn.wrong_charset", charset=declared))
    try:
        return Decoded(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; those are the only ones replaced.
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", warnings)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes, if Python knows it."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", errors="replace")
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    # A page that claims to be Latin-1 is, by browsers' convention, cp1252.
    return "cp1252" if codec.name in ("iso8859-1", "latin-1", "ascii") else codec.name


def _refuse_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ImportProblem(f"prep.error.binary_{kind}")
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27))
    if b"\x00" in head or controls > len(head) // 20:
        raise ImportProblem("prep.error.binary")


def read_limited(path: Path, limit: int, too_large: str) -> bytes:
    """The bytes of the file at `path`; `ImportProblem` if it is missing, a folder, unreadable
    or larger than `limit` (then with the notice `too_large`, given `path` and `mb`)."""
    try:
        if path.is_dir():
            raise ImportProblem("prep.error.is_dir", path=path)
        size = path.stat().st_size
        if size > limit:
            raise ImportProblem(too_large, path=path, mb=size // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError as error:
        raise ImportProblem("prep.error.not_found", path=path) from error
    except OSError as error:
        raise ImportProblem("prep.error.unreadable", path=path, reason=error.strerror) from error
