"""The Swedish catalog: a gettext `.po` file, compiled once and kept in the cache folder.

The standard library's `gettext` reads only compiled `.mo` files. The `.po` file is the one kept
in the repository and shipped in the package, so it is compiled here into the `.mo` bytes
`gettext.GNUTranslations` reads. Compiling takes longer than a short command's whole work, so
the bytes are kept in the user's cache folder (`facilitator.cache`) and used again as long as the
`.po` file has the size and modification time it was compiled from.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

from facilitator.cache import cache_dir

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "facilitator"
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
_KEYWORDS = {"msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr[0]", "msgstr[1]"}
#: Changed whenever `compile_mo` writes other bytes, so that no older compiled catalog is used.
COMPILED_VERSION = "1"


class Message:
    """One entry of a `.po` file: English id (and plural), Swedish translation(s), context."""

    __slots__ = ("msgctxt", "msgid", "msgid_plural", "msgstr")

    def __init__(
        self,
        msgid: str,
        msgstr: list[str],
        msgid_plural: str | None = None,
        msgctxt: str | None = None,
    ) -> None:
        self.msgid = msgid
        self.msgstr = msgstr
        self.msgid_plural = msgid_plural
        self.msgctxt = msgctxt

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled_path(lang: str) -> Path:
    """Where the compiled catalog of `lang` is kept."""
    return cache_dir() / f"catalog-{lang}.mo"


def compiled(lang: str) -> bytes:
    """The `.mo` bytes of `lang`'s catalog: those kept in the cache folder when they were compiled
    from the `.po` file as it is now, else compiled from it (and kept for the next time)."""
    path = po_path(lang)
    info = path.stat()
    # The kept file's first line names what it was compiled from and how long the bytes are, so
    # an older, another install's or a cut-off file is never used.
    source = f"{COMPILED_VERSION} {info.st_size} {info.st_mtime_ns} {path}"
    kept = compiled_path(lang)
    try:
        head, _, mo = kept.read_bytes().partition(b"\n")
    except OSError:  # none kept yet, or the cache cannot be read: compiled below
        head, mo = b"", b""
    if head == f"{source} {len(mo)}".encode():
        return mo
    header, messages = parse_po(path.read_text(encoding="utf-8"), path.name)
    mo = compile_mo(header, messages)
    _keep(kept, f"{source} {len(mo)}\n".encode() + mo)
    return mo


def _keep(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole (through a temporary file), or not at all: a cache that cannot
    be written costs the next start the compiling, and nothing else."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # a folder that cannot be written holds no temporary file either
            return


def _unquote(text: str, name: str, number: int) -> str:
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{name}:{number}: not a quoted string: {text}")
    text = text[1:-1]
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)


def parse_po(text: str, name: str = "catalog") -> tuple[str, list[Message]]:
    """The header and the messages of a `.po` file. Raises ValueError on what it cannot read."""
    messages: list[Message] = []
    fields: dict[str, str] = {}
    last: str | None = None

    def finish() -> None:
        if "msgid" not in fields:
            if fields:
                raise ValueError(f"{name}: an entry without msgid before line {number}")
            return
        plural = sorted(k for k in fields if k.startswith("msgstr["))
        msgstr = [fields[k] for k in plural] if plural else [fields.get("msgstr", "")]
        messages.append(
            Message(fields["msgid"], msgstr, fields.get("msgid_plural"), fields.get("msgctxt"))
        )
        fields.clear()

    number = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and fields:
                finish()
            continue
        if line.startswith('"'):
            if last is None:
                raise ValueError(f"{name}:{number}: a continued string with nothing before it")
            fields[last] += _unquote(line, name, number)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and "msgid" in fields:
            finish()
        if keyword not in _KEYWORDS:
            raise ValueError(f"{name}:{number}: unknown keyword {keyword}")
        fields[keyword] = _unquote(rest.strip(), name, number)
        last = keyword
    finish()
    header = next((m.msgstr[0] for m in messages if m.key == (None, "")), "")
    return header, [m for m in messages if m.key != (None, "")]


def compile_mo(header: str, messages: list[Message]) -> bytes:
    """The `.mo` bytes of a catalog (GNU gettext's format, without the optional hash table)."""
    pairs = [(b"", header.encode("utf-8"))]
    for m in messages:
        original = m.msgid if m.msgctxt is None else f"{m.msgctxt}\x04{m.msgid}"
        if m.msgid_plural is not None:
            original += "\0" + m.msgid_plural
        pairs.append((original.encode("utf-8"), "\0".join(m.msgstr).encode("utf-8")))
    pairs.sort()
    count = len(pairs)
    originals_at = 7 * 4
    translations_at = originals_at + count * 8
    data_at = translations_at + count * 8
    tables: list[int] = []
    strings: list[bytes] = []
    at = data_at
    for text in [english for english, _ in pairs] + [swedish for _, swedish in pairs]:
        tables += [len(text), at]
        strings.append(text + b"\0")
        at += len(text) + 1
    head = struct.pack("<7I", 0x950412DE, 0, count, originals_at, translations_at, 0, 0)
    return head + struct.pack(f"<{4 * count}I", *tables) + b"".join(strings)
