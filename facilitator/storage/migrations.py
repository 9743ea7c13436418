"""Older session and dialogue files, brought up to the current schema one version at a time.

Every file carries its schema version in the `_meta` table (`SCHEMA_VERSION` is the current one,
written by `meta_table`). Loading runs `migrate`, which applies the steps in `STEPS` from the
file's version up to the current one; the next save then writes the current schema (the
previous file stays as `.bak`).

Versions:

0. Files from before the schema number: no `_meta` table, and a session kept its log entries as a
   list inside the session record.
1. A `_meta` table (schema, kind, saved_at); a session's entries in their own `entries` table,
   keyed "1", "2", ... in the order they were logged.

To change the layout: raise `SCHEMA_VERSION`, add a step from the previous version here, and a
test that loads a file of the previous version.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

Tables = dict[str, Any]

SCHEMA_VERSION = 1


def meta_table(kind: str) -> dict[str, dict[str, Any]]:
    """The `_meta` table every data file starts with: schema version, kind, time of saving."""
    saved_at = datetime.now(timezone.utc).isoformat()
    return {"1": {"schema": SCHEMA_VERSION, "kind": kind, "saved_at": saved_at}}


class MigrationError(ValueError):
    """The tables are not any version of a facilitator file."""


def schema_of(tables: Tables) -> int:
    """The schema version the tables were written with (0 for files from before the number)."""
    meta = tables.get("_meta")
    if meta is None:
        return 0
    record = meta.get("1") if isinstance(meta, dict) else None
    version = record.get("schema") if isinstance(record, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise MigrationError("the file's schema version is missing or not a number")
    return version


#: The kinds of file that have a `_meta` table, and so a schema version.
VERSIONED_KINDS = ("session", "dialogue", "booking", "tips")


def kind_of(tables: Tables) -> str:
    """One of `VERSIONED_KINDS`, from `_meta` or, for version 0, from the tables present."""
    meta = tables.get("_meta")
    if isinstance(meta, dict) and isinstance(meta.get("1"), dict):
        return str(meta["1"].get("kind", ""))
    for kind in VERSIONED_KINDS:
        if isinstance(tables.get(kind), dict) and isinstance(tables[kind].get("1"), dict):
            return kind
    raise MigrationError("not a facilitator data file")


def _v0_to_v1(tables: Tables) -> Tables:
    kind = kind_of(tables)
    result = {name: table for name, table in tables.items() if name != kind}
    record = dict(tables[kind]["1"])
    if kind == "session":
        entries = record.pop("entries", None) or []
        if not isinstance(entries, list):
            raise MigrationError("the session's entries are not a list")
        result["entries"] = {str(i): entry for i, entry in enumerate(entries, start=1)}
    result[kind] = {"1": record}
    result["_meta"] = {"1": {"schema": 1, "kind": kind, "saved_at": None}}
    return result


#: The step that turns version n into version n + 1, by n.
STEPS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1}


def migrate(tables: Tables, target: int) -> Tables:
    """The tables upgraded to schema `target`; the argument itself is left unchanged.

    Tables already at `target`, or written by a newer version, are returned as they are (the
    caller decides what to do with a newer file). `MigrationError` if they cannot be upgraded.
    """
    version = schema_of(tables)
    if version >= target:
        return tables
    tables = copy.deepcopy(tables)
    while version < target:
        step = STEPS.get(version)
        if step is None:
            raise MigrationError(f"no way to upgrade schema {version}")
        tables = step(tables)
        version += 1
        tables["_meta"]["1"]["schema"] = version
    return tables
