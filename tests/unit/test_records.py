"""Every kind of record is kept the same way: the same cases run over sessions, dialogues,
bookings, the tips library and the settings."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB

from facilitator.domain.booking import Booking
from facilitator.domain.participants import Participant, Role
from facilitator.domain.tips import starter_tips
from facilitator.storage.atomic import AtomicJSONStorage, DamagedFile, backup_path
from facilitator.storage.doctor import diagnose
from facilitator.storage.migrations import SCHEMA_VERSION
from facilitator.storage.prep import PrepStore
from facilitator.storage.records import RecordFiles, RefusedOverwrite
from facilitator.storage.store import Store
from tests.unit.storage_helpers import sample_session


@dataclass
class Case:
    """One kind of record: its files in a store, where one is kept, and a record to keep."""

    store: Store
    files: RecordFiles[Any]
    path: Path
    record: Any
    #: Saves the record through the store's own entry point (what the app calls).
    save: Callable[[], Path]
    #: Loads it back through the store's own entry point.
    load: Callable[[], Any]


def _session(store: Store) -> Case:
    session = sample_session()
    return Case(
        store,
        store.records.sessions,
        store.session_path(session.id),
        session,
        lambda: store.save_session(session),
        lambda: store.load_session(session.id),
    )


def _dialogue(store: Store) -> Case:
    dialogue = sample_session().dialogue
    return Case(
        store,
        store.records.dialogues,
        store.dialogue_path(dialogue.id),
        dialogue,
        lambda: store.save_dialogue(dialogue),
        lambda: store.load_dialogue(dialogue.id),
    )


def _booking(store: Store) -> Case:
    prep = PrepStore(store)
    booking = Booking(
        dialogue_id="demo",
        supplier="Exempel Bygg AB",
        contacts=[Participant("Åsa Öberg", "Exempel Bygg AB", Role.SUPPLIER)],
        scheduled_at=datetime(2026, 12, 3, 9, 30, tzinfo=timezone.utc),
    )
    return Case(
        store,
        store.records.bookings,
        prep.booking_path(booking.id),
        booking,
        lambda: prep.save_booking(booking),
        lambda: prep.load_booking(booking.id),
    )


def _tips(store: Store) -> Case:
    prep = PrepStore(store)
    library = starter_tips()
    library.add("Läs avtalsvillkoren två gånger.", "sv")
    return Case(
        store,
        store.records.tips,
        prep.tips_path,
        library,
        lambda: prep.save_tips(library),
        prep.load_tips,
    )


def _settings(store: Store) -> Case:
    settings = {"theme": "birch-light", "lang": "sv"}

    def save() -> Path:
        store.update_settings(**settings)
        return store.settings_path

    return Case(store, store.records.settings, store.settings_path, settings, save, store.settings)


KINDS = {
    "session": _session,
    "dialogue": _dialogue,
    "booking": _booking,
    "tips": _tips,
    "settings": _settings,
}


@pytest.fixture(params=list(KINDS))
def case(request: pytest.FixtureRequest, tmp_path: Path) -> Case:
    return KINDS[request.param](Store(tmp_path / "data åäö"))


def _stray_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".new"))]


def test_a_record_round_trips(case: Case) -> None:
    case.save()
    assert case.load() == case.record
    case.save()  # again, over the file it came from
    assert case.files.read(case.path) == case.record
    assert stat.S_IMODE(case.path.stat().st_mode) == 0o600


def test_a_record_is_written_through_tinydbs_storage(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real_write = AtomicJSONStorage.write

    def spy(storage: AtomicJSONStorage, data: dict[str, Any]) -> None:
        written.append(storage.path)
        real_write(storage, data)

    monkeypatch.setattr(AtomicJSONStorage, "write", spy)
    case.save()
    assert written == [case.path]
    assert case.load() == case.record


def test_the_file_is_what_tinydb_reads(case: Case) -> None:
    case.save()
    db = TinyDB(case.path, storage=AtomicJSONStorage, create=False)
    try:
        tables = db.storage.read()
    finally:
        db.close()
    assert tables == json.loads(case.path.read_bytes())
    if case.files.kind.versioned:
        meta = db.table("_meta").get(doc_id=1)
        assert meta is not None
        assert (meta["schema"], meta["kind"]) == (SCHEMA_VERSION, case.files.kind.name)


@pytest.mark.parametrize("damage", [b"", b'{"_meta": ', b"\xff\xfe garbage", b"[1, 2, 3]"])
def test_a_damaged_file_is_refused_and_kept(case: Case, damage: bytes) -> None:
    case.save()
    case.path.write_bytes(damage)
    with pytest.raises(DamagedFile):
        case.files.read(case.path)
    with pytest.raises(RefusedOverwrite) as refused:
        case.files.save(case.path, case.record)
    assert isinstance(refused.value, OSError)
    assert case.path.read_bytes() == damage
    assert _stray_files(case.path.parent) == []


def test_a_file_known_good_is_not_read_again_before_it_is_written_over(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    case.files.save(case.path, case.record)
    reads: list[Path] = []
    real_read = AtomicJSONStorage.read

    def spy(storage: AtomicJSONStorage) -> Any:
        reads.append(storage.path)
        return real_read(storage)

    monkeypatch.setattr(AtomicJSONStorage, "read", spy)
    case.files.save(case.path, case.record)
    assert reads == [], "the file written here is known good"
    case.path.write_bytes(case.path.read_bytes() + b" ")  # changed by another program
    case.files.save(case.path, case.record)
    assert reads == [case.path], "a file changed since is checked before it is written over"


def test_an_old_file_is_brought_up_to_date(case: Case) -> None:
    """A file from before the schema number (no `_meta` table) loads, and the next save writes
    the current schema and keeps the old file as the backup. The settings have no schema: an
    old settings file is one of the same plain choices, and loads as it is."""
    tables = json.loads(json.dumps(case.files.kind.encode(case.record)))
    if case.files.kind.name == "session":  # version 0 kept the entries inside the session
        state = tables["session"]["1"]
        state["entries"] = [tables["entries"][k] for k in sorted(tables["entries"], key=int)]
        del tables["entries"]
    old = json.dumps(tables).encode()
    case.path.parent.mkdir(parents=True, exist_ok=True)
    case.path.write_bytes(old)

    assert case.load() == case.record
    case.save()
    saved = json.loads(case.path.read_bytes())
    if case.files.kind.versioned:
        assert saved["_meta"]["1"]["schema"] == SCHEMA_VERSION
        assert saved["_meta"]["1"]["kind"] == case.files.kind.name
    assert case.files.read(case.path) == case.record
    assert backup_path(case.path).read_bytes() == old


def test_writing_through_tinydbs_api_replaces_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.table("notes").insert({"text": "första"})
    first = path.read_bytes()
    db.table("notes").insert({"text": "andra"})
    assert backup_path(path).read_bytes() == first
    assert [n["text"] for n in db.table("notes").all()] == ["första", "andra"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    before = path.read_bytes()

    def cut_short(*args: object) -> None:
        raise OSError("the power went")

    monkeypatch.setattr("facilitator.storage.atomic.os.replace", cut_short)
    with pytest.raises(OSError):
        db.table("notes").insert({"text": "tredje"})
    assert path.read_bytes() == before
    assert _stray_files(tmp_path) == []


def test_doctor_reads_every_kind_of_record_the_same_way(case: Case) -> None:
    """A damaged file of any kind is an error; its backup, when good, is not."""
    case.save()
    case.save()
    assert backup_path(case.path).exists()
    assert diagnose(case.store).healthy
    case.path.write_bytes(b"[1, 2")
    found = [(f.path, f.level, f.damage) for f in diagnose(case.store).findings]
    assert found == [(case.path, "error", "not_json")]
