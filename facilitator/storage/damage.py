"""What is wrong with a data file that cannot be read, said the same way everywhere.

`list`, `minutes`, `doctor` and the home screen all read a file through `storage.records`, which
raises `DamagedFile` with one of `KINDS`; `check` is that reading for a file that is only
inspected, and `damage_text` words a kind for the user (never Python's exception text).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.i18n import N_, t
from facilitator.storage.atomic import DamagedFile

if TYPE_CHECKING:
    from facilitator.storage.store import Store

#: What can be wrong with a data file.
KINDS = {
    "unreadable": N_("the file cannot be read (permissions or disk)"),
    "empty": N_("the file is empty"),
    "not_json": N_("the file is broken (not readable as data)"),
    "wrong_kind": N_("the file is not a facilitator file of the right kind"),
    "newer_version": N_(
        "the file was written by a newer version of facilitator; update the program"
    ),
    "bad_content": N_("the file has unexpected content"),
}


def check(store: Store, path: Path, kind: str) -> str | None:
    """What is wrong with the `kind` file at `path` (one of `KINDS`), or None if it reads whole,
    to the last field, as opening it would."""
    try:
        store.records.of_kind(kind).read(path)
    except DamagedFile as error:
        return error.damage
    except FileNotFoundError:
        return None
    except OSError:
        return "unreadable"
    return None


def damage_text(damage: str, lang: str) -> str:
    """A damage kind in plain words."""
    return t(KINDS.get(damage, KINDS["bad_content"]), lang)
