"""Files written with an older schema load, and the next save writes the current one."""

from __future__ import annotations

import json

import pytest

from facilitator.domain.entries import EntryKind
from facilitator.storage.atomic import DamagedFile
from facilitator.storage.migrations import SCHEMA_VERSION, STEPS, MigrationError, migrate, schema_of

#: A session as the first version wrote it: no _meta table, entries inside the session record.
VERSION_0_SESSION = {
    "session": {
        "1": {
            "id": "old000000001",
            "supplier": "Gamla Bygg AB",
            "status": "finished",
            "dialogue": {
                "id": "dlg0",
                "title": "Ramavtal städ",
                "questions": [{"id": "q1", "text": "Hur ser marknaden ut?", "timebox": 5}],
            },
            "notes": {"q1": "Få leverantörer i länet."},
            "meeting_seconds": 1800.5,
            "started_at": "2025-05-02T09:00:00+02:00",
            "entries": [
                {"kind": "tip", "text": "Bevaka annonsen", "at": "2025-05-02T09:10:00+02:00",
                 "offset": 600.0, "question_id": "q1", "id": "e1"},
                {"kind": "action", "text": "Skicka förfrågan", "at": "2025-05-02T09:20:00+02:00",
                 "offset": 1200.0, "owner": "Josefine", "due": "2025-06-01", "id": "e2"},
            ],
        }
    }
}

VERSION_0_DIALOGUE = {"dialogue": {"1": {"id": "dlg0", "title": "Ramavtal städ"}}}


def test_every_older_version_has_a_step():
    assert sorted(STEPS) == list(range(SCHEMA_VERSION))


def test_version_0_session_file_loads_and_is_saved_as_current(store):
    path = store.session_path("old000000001")
    path.write_text(json.dumps(VERSION_0_SESSION), encoding="utf-8")

    session = store.load_session("old000000001")

    assert session.supplier == "Gamla Bygg AB"
    assert session.notes == {"q1": "Få leverantörer i länet."}
    assert [e.kind for e in session.entries] == [EntryKind.TIP, EntryKind.ACTION]
    assert session.entries[1].owner == "Josefine"
    assert session.meeting_seconds == 1800.5
    assert [s.id for s in store.summaries()] == ["old000000001"]

    store.save_session(session)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["_meta"]["1"]["schema"] == SCHEMA_VERSION
    assert len(saved["entries"]) == 2
    assert store.load_session("old000000001") == session
    assert json.loads(store.session_path("old000000001").with_suffix(".json.bak").read_text()) \
        == VERSION_0_SESSION  # the old file stays as the backup


def test_version_0_dialogue_loads(store):
    store.dialogue_path("dlg0").write_text(json.dumps(VERSION_0_DIALOGUE), encoding="utf-8")
    assert store.load_dialogue("dlg0").title == "Ramavtal städ"


def test_migrate_leaves_its_argument_alone():
    tables = json.loads(json.dumps(VERSION_0_SESSION))
    upgraded = migrate(tables, SCHEMA_VERSION)
    assert tables == VERSION_0_SESSION
    assert schema_of(upgraded) == SCHEMA_VERSION
    assert migrate(upgraded, SCHEMA_VERSION) is upgraded


@pytest.mark.parametrize(
    "tables",
    [
        {"_meta": {"1": {"schema": "one", "kind": "session"}}, "session": {"1": {}}},
        {"_meta": {"1": {"schema": -1, "kind": "session"}}, "session": {"1": {}}},
        {"whatever": {}},
    ],
)
def test_unknown_layouts_are_reported_not_guessed(store, tables):
    path = store.session_path("weird0000001")
    path.write_text(json.dumps(tables), encoding="utf-8")
    with pytest.raises(DamagedFile):
        store.load_session("weird0000001")


def test_migrate_without_a_step_says_so():
    with pytest.raises(MigrationError):
        migrate({"_meta": {"1": {"schema": 0, "kind": "session"}}, "session": {"1": {}}}, 99)
