"""Erasing a person's name from the data folder, for a GDPR erasure request.

Works on the stored JSON rather than on the domain classes, so every text field of every file is
covered: sessions, their backups and copies set aside, dialogues, bookings with their contacts, the
tips library, minutes, and kinds of file added later. Ids and the bookkeeping in `_meta` are left
alone. Minutes in text formats (and their `.bak`) are edited like the data; minutes in DOCX, which
cannot be edited safely, and what a cut-short write left behind are removed when they hold the name
(minutes can be written again from the session). A session open in a running instance is skipped
(that instance would save its own copy over the change) and reported, as are files that cannot be
read.

Finalised minutes are official documents (allmänna handlingar): the versions a session keeps of them
are never rewritten here. They follow the archive's retention decision, and every one that mentions
the name is listed. Each erasure leaves a record of what was done and when, but not whom it was
about, in `<data>/erasures/`.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitator.domain.names import NameMatcher
from facilitator.storage.atomic import (
    TEMP_SUFFIX,
    AtomicJSONStorage,
    DamagedFile,
    dump_json,
    make_private_dir,
    write_atomic,
)
from facilitator.storage.lock import SessionLock, SessionLocked
from facilitator.storage.store import Store

#: Minutes formats that are text, and so can be edited in place.
_TEXT_SUFFIXES = (".md", ".txt", ".html")
#: Keys whose values are ids or bookkeeping, never names.
_KEEP_KEYS = frozenset({"id", "schema", "kind", "saved_at", "boot"})
#: The key under which a session keeps its finalised minutes versions: never rewritten.
_FINALISED = "minutes_versions"


def _replace_in(data: Any, matcher: NameMatcher, replacement: str) -> tuple[Any, int]:
    """A copy of parsed JSON with the name replaced in every text value (not in keys or ids)."""
    if isinstance(data, str):
        return matcher.replace(data, replacement)
    if isinstance(data, list):
        total = 0
        items = []
        for item in data:
            new, count = _replace_in(item, matcher, replacement)
            items.append(new)
            total += count
        return items, total
    if isinstance(data, dict):
        total = 0
        result = {}
        named = False
        for key, value in data.items():
            if key in _KEEP_KEYS or key == _FINALISED or key.endswith("_id"):
                result[key] = value
                continue
            result[key], count = _replace_in(value, matcher, replacement)
            total += count
            named = named or (key == "name" and count > 0)
        if named and isinstance(data.get("email"), str) and data["email"]:
            result["email"] = ""  # a person's address goes with their name
            total += 1
        return result, total
    return data, 0


@dataclass
class ErasureResult:
    #: Mentions replaced (or, in a dry run, found) per file.
    changed: dict[Path, int] = field(default_factory=dict)
    #: Sessions skipped because a running instance has them open.
    locked: list[str] = field(default_factory=list)
    #: Files that could not be read, and so may still hold the name.
    unreadable: list[Path] = field(default_factory=list)
    #: Finalised minutes versions left as they are, by file: the numbers of those that mention
    #: the name.
    finalised: dict[Path, list[int]] = field(default_factory=dict)
    #: Files removed (or, in a dry run, to be removed) rather than edited, with the mentions in
    #: them: DOCX minutes and leftovers of cut-short writes.
    removed: dict[Path, int] = field(default_factory=dict)

    @property
    def places(self) -> int:
        return sum(self.changed.values())


def forget_person(store: Store, name: str, replacement: str, *, apply: bool) -> ErasureResult:
    """Find (and if `apply`, replace) every mention of `name` in the data folder."""
    matcher = NameMatcher(name)
    result = ErasureResult()
    seen: set[Path] = set()
    for session_id in _session_ids(store):
        files = store.session_files(session_id)
        seen.update(files)
        lock = SessionLock(store, session_id)
        try:
            lock.acquire()
        except SessionLocked:
            result.locked.append(session_id)
            continue
        try:
            for path in files:
                _erase_in_file(path, matcher, replacement, apply, result)
        finally:
            lock.release()
    everything = sorted(store.root.rglob("*")) if store.root.is_dir() else []
    for path in everything:  # dialogues, bookings, the tips library, minutes of any session
        if not path.is_file():
            continue
        if path not in seen:
            _erase_in_file(path, matcher, replacement, apply, result)
    if apply and result.changed:
        # Built again from the erased files, so the name leaves the index (and its free pages).
        store.index.rebuild()
    return result


def _session_ids(store: Store) -> list[str]:
    """Ids of sessions with any file left (data, backup, copy set aside, unfinished write)."""
    ids = {p.name.lstrip(".").split(".", 1)[0] for p in _files(store.sessions_dir)}
    return sorted(i for i in ids if _is_valid(store, i))


def _is_valid(store: Store, session_id: str) -> bool:
    try:
        store.session_path(session_id)
    except LookupError:
        return False
    return True


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def _erase_in_file(
    path: Path, matcher: NameMatcher, replacement: str, apply: bool, result: ErasureResult
) -> None:
    if path.suffix in (".lock", ".owner"):
        return
    if _is_leftover(path):
        _remove_if_named(path, _mentions_in_raw(path, matcher), apply, result)
        return
    if path.parent.name == "minutes":
        if path.name.removesuffix(".bak").endswith(_TEXT_SUFFIXES):
            _erase_in_text(path, matcher, replacement, apply, result)
        else:  # DOCX: a copy rendered from the session, removed rather than edited
            _remove_if_named(path, _mentions_in_document(path, matcher), apply, result)
        return
    storage = AtomicJSONStorage(path, keep_backup=False)  # a data file, or a copy of one
    try:
        data = storage.read()
    except (DamagedFile, OSError):
        data = None
    if data is None:  # gone since it was listed, or not a data file
        result.unreadable.append(path)
        return
    kept = _finalised_mentioning(data, matcher)
    if kept:
        result.finalised[path] = kept
    new, count = _replace_in(data, matcher, replacement)
    if count:
        result.changed[path] = count
        if apply:
            storage.write(new)


def _erase_in_text(
    path: Path, matcher: NameMatcher, replacement: str, apply: bool, result: ErasureResult
) -> None:
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        result.unreadable.append(path)
        return
    new, count = matcher.replace(text, replacement)
    if count:
        result.changed[path] = count
        if apply:
            write_atomic(path, new.encode("utf-8"), keep_backup=False)


def _finalised_mentioning(data: Any, matcher: NameMatcher) -> list[int]:
    """The numbers of the finalised minutes versions in a session file that mention the name."""
    try:
        versions = data["session"]["1"][_FINALISED]
    except (KeyError, TypeError):
        return []
    numbers = []
    for version in versions if isinstance(versions, list) else []:
        if isinstance(version, dict) and _mentions(version, matcher):
            numbers.append(version.get("number"))
    return [n for n in numbers if isinstance(n, int)]


def _mentions(data: Any, matcher: NameMatcher) -> bool:
    if isinstance(data, str):
        return matcher.pattern.search(data) is not None
    if isinstance(data, list):
        return any(_mentions(item, matcher) for item in data)
    if isinstance(data, dict):
        return any(_mentions(value, matcher) for value in data.values())
    return False


def write_record(store: Store, result: ErasureResult, at: datetime) -> Path:
    """Record an erasure in `<data>/erasures/`: what was changed and left, and when; not whom."""

    def shown(path: Path) -> str:
        try:
            return str(path.relative_to(store.root))
        except ValueError:
            return str(path)

    record = {
        "erasure": "personal name (GDPR erasure request)",
        "at": at.isoformat(),
        "mentions_replaced": result.places,
        "files_changed": {shown(p): n for p, n in sorted(result.changed.items())},
        "finalised_minutes_left_untouched": {
            shown(p): versions for p, versions in sorted(result.finalised.items())
        },
        "why_untouched": (
            "Finalised minutes are official documents (allmänna handlingar); they follow the "
            "archive's retention decision."
        ),
        "sessions_in_use_skipped": list(result.locked),
        "files_not_readable": [shown(p) for p in result.unreadable],
    }
    folder = store.root / "erasures"
    make_private_dir(folder)
    path = folder / f"{at.strftime('%Y%m%dT%H%M%S%fZ')}.json"
    write_atomic(path, dump_json(record), keep_backup=False)
    return path


def _is_leftover(path: Path) -> bool:
    """A temporary file of a write that was cut short, or a backup being staged."""
    name = path.name
    return (name.startswith(".") and name.endswith(TEMP_SUFFIX)) or name.endswith(".bak.new")


def _remove_if_named(path: Path, mentions: int | None, apply: bool, result: ErasureResult) -> None:
    """Remove a file that holds the name, or that cannot be read and so may hold it."""
    if mentions == 0:
        return
    result.removed[path] = mentions or 0
    if apply:
        path.unlink(missing_ok=True)


def _mentions_in_raw(path: Path, matcher: NameMatcher) -> int | None:
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None
    return matcher.replace(text, "")[1]


#: Ends of paragraphs, breaks and tabs in Word's XML: a space between words in the text.
_DOCX_GAPS = re.compile(r"</w:p>|<w:(?:br|tab|cr)\b[^>]*>")
_XML_TAG = re.compile(r"<[^>]+>")


def _mentions_in_document(path: Path, matcher: NameMatcher) -> int | None:
    """Mentions of the name in the text of a DOCX, or None if it cannot be read."""
    try:
        with zipfile.ZipFile(path) as docx:
            parts = [docx.read(n) for n in docx.namelist() if n.endswith(".xml")]
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    total = 0
    for part in parts:
        xml = _DOCX_GAPS.sub(" ", part.decode("utf-8", errors="replace"))
        total += matcher.replace(html.unescape(_XML_TAG.sub("", xml)), "")[1]
    return total
