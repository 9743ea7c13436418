"""Record ids: which are valid, the file an id names, and finding one id from its first letters."""

from __future__ import annotations

import re
from pathlib import Path

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class UnknownId(LookupError):
    pass


class AmbiguousId(LookupError):
    def __init__(self, prefix: str, matches: list[str]) -> None:
        super().__init__(prefix)
        self.prefix = prefix
        self.matches = matches


def id_path(folder: Path, record_id: str) -> Path:
    """The file of the record `record_id` in `folder`; `UnknownId` if it is no valid id."""
    if not _ID.match(record_id):
        raise UnknownId(record_id)
    return folder / f"{record_id}.json"


def ids_in(folder: Path) -> list[str]:
    """The ids of the records stored in `folder`."""
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json"))


def resolve(prefix: str, ids: list[str]) -> str:
    """The one id in `ids` that is `prefix` or starts with it, in any case ("ABC" finds "abc1")."""
    prefix = prefix.strip()
    if not prefix:
        raise UnknownId(prefix)
    if prefix in ids:
        return prefix
    wanted = prefix.casefold()
    exact = [i for i in ids if i.casefold() == wanted]
    matches = exact or [i for i in ids if i.casefold().startswith(wanted)]
    if not matches:
        raise UnknownId(prefix)
    if len(matches) > 1:
        raise AmbiguousId(prefix, matches)
    return matches[0]
