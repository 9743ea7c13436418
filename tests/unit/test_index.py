"""The session index: kept beside the cache, rebuilt when stale or damaged, erased with the data."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import Status, new_session
from facilitator.storage.erasure import forget_person
from facilitator.storage.index import BATCH, INDEX_VERSION
from facilitator.storage.store import Store
from tests.conftest import FakeClock
from tests.unit.storage_helpers import sample_session


def _rows(store: Store, sql: str) -> list[tuple]:
    """What the database file holds, read past the index's own code."""
    db = sqlite3.connect(store.index.path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_the_index_lives_in_the_cache_folder_not_in_the_data_folder(
    store: Store, index_cache: Path
) -> None:
    store.save_session(sample_session())
    store.summaries()
    assert store.index.path.is_relative_to(index_cache)
    assert store.index.path.exists()
    assert not [p for p in store.root.rglob("*") if "sqlite" in p.name]
    other = Store(store.root.parent / "other")
    assert other.index.path != store.index.path


def test_a_save_is_in_the_index_at_the_next_look(store: Store) -> None:
    session = sample_session("Första AB")
    store.save_session(session)
    assert [s.supplier for s in store.summaries()] == ["Första AB"]
    session.supplier = "Andra AB"
    store.save_session(session)
    assert [s.supplier for s in store.summaries()] == ["Andra AB"]
    assert _rows(store, "SELECT supplier FROM sessions") == [("Andra AB",)]


def test_a_file_changed_behind_the_index_is_read_again(store: Store, tmp_path: Path) -> None:
    session = sample_session("Före AB")
    store.save_session(session)
    assert [s.supplier for s in store.summaries()] == ["Före AB"]
    # Another program (another cache, so this index is not told) changes the file.
    elsewhere = Store(store.root, cache_dir=tmp_path / "elsewhere")
    changed = elsewhere.load_session(session.id)
    changed.supplier = "Efter AB"
    changed.notes[changed.questions[0].id] = "Ny anteckning"
    elsewhere.save_session(changed)
    assert [s.supplier for s in store.summaries()] == ["Efter AB"]
    assert _rows(store, "SELECT count(*) FROM sessions") == [(1,)]


def test_a_file_removed_behind_the_index_leaves_the_list(store: Store) -> None:
    session = sample_session()
    store.save_session(session)
    assert len(store.summaries()) == 1
    store.session_path(session.id).unlink()
    assert store.summaries() == []


def test_an_index_that_lost_its_last_updates_is_only_stale(store: Store) -> None:
    """A crash or power loss may lose the index's last updates, never mix old and new pages:
    WAL with synchronous NORMAL (OFF could leave it inconsistent, so wrong and not known to be).
    What was lost is found stale by the files' signatures and read again."""
    session = sample_session("Före AB")
    store.save_session(session)
    store.summaries()
    assert store.index._connect().execute("PRAGMA synchronous").fetchone() == (1,)
    assert store.index._connect().execute("PRAGMA journal_mode").fetchone() == ("wal",)
    store.index.close()
    files = [Path(f"{store.index.path}{suffix}") for suffix in ("", "-wal", "-shm")]
    before = {path: path.read_bytes() for path in files if path.exists()}
    session.supplier = "Efter AB"
    store.save_session(session)
    assert [s.supplier for s in store.summaries()] == ["Efter AB"]
    store.index.close()
    for path in files:  # the index as it was before that update reached its disk
        path.unlink(missing_ok=True)
    for path, data in before.items():
        path.write_bytes(data)
    assert [s.supplier for s in Store(store.root).summaries()] == ["Efter AB"]


def test_a_damaged_index_is_rebuilt(store: Store) -> None:
    session = sample_session("Hel AB")
    store.save_session(session)
    store.summaries()
    store.index.close()
    store.index.path.write_bytes(b"\x00garbage, not a database\xff" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{store.index.path}{suffix}").unlink(missing_ok=True)
    fresh = Store(store.root)
    assert [s.supplier for s in fresh.summaries()] == ["Hel AB"]
    assert _rows(fresh, "SELECT supplier FROM sessions") == [("Hel AB",)]


def test_an_index_of_another_version_is_rebuilt_not_migrated(store: Store) -> None:
    store.save_session(sample_session("Hel AB"))
    store.summaries()
    store.index.close()
    db = sqlite3.connect(store.index.path)
    db.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
    db.execute("DELETE FROM sessions")
    db.commit()
    db.close()
    assert [s.supplier for s in Store(store.root).summaries()] == ["Hel AB"]
    assert _rows(store, "SELECT value FROM meta WHERE key = 'version'") == [(INDEX_VERSION,)]


def test_a_damaged_session_is_listed_as_damaged(store: Store) -> None:
    store.save_session(sample_session("Hel AB"))
    bad = store.sessions_dir / "0badc0ffee00.json"
    bad.write_bytes(b"{ not json")
    summaries = {s.id: s for s in store.summaries()}
    assert summaries["0badc0ffee00"].damaged
    assert bad.read_bytes() == b"{ not json"
    # Repaired behind the index's back: read again and listed as it now is.
    good = new_session(demo_dialogue(), "Lagad AB")
    good.id = "0badc0ffee00"
    bad.unlink()
    Store(store.root, cache_dir=store.root.parent / "c2").save_session(good)
    summaries = {s.id: s for s in store.summaries()}
    assert summaries["0badc0ffee00"].damaged is None
    assert summaries["0badc0ffee00"].supplier == "Lagad AB"


def test_delete_removes_the_session_from_the_index_at_once(store: Store) -> None:
    session = sample_session("Borta AB")
    store.save_session(session)
    store.summaries()
    store.delete_session(session.id)
    assert _rows(store, "SELECT count(*) FROM sessions") == [(0,)]
    assert _rows(store, "SELECT count(*) FROM search") == [(0,)]


def test_forget_purges_the_name_from_the_index_file(store: Store, clock: FakeClock) -> None:
    session = sample_session()  # mentions Anna Andersson in notes, entries and participants
    store.save_session(session)
    store.summaries()
    assert b"Andersson" in _index_bytes(store)
    forget_person(store, "Anna Andersson", "[borttaget]", apply=True)
    store.summaries()
    assert b"Andersson" not in _index_bytes(store)
    assert _rows(store, "SELECT count(*) FROM sessions") == [(1,)]


def _index_bytes(store: Store) -> bytes:
    return b"".join(
        Path(f"{store.index.path}{suffix}").read_bytes()
        for suffix in ("", "-wal")
        if Path(f"{store.index.path}{suffix}").exists()
    )


def test_an_unwritable_cache_keeps_the_index_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    store = Store(tmp_path / "data", cache_dir=blocker)
    store.save_session(sample_session("Minne AB"))
    assert [s.supplier for s in store.summaries()] == ["Minne AB"]
    assert store.index.in_memory


def test_doctor_reports_a_damaged_index_and_reindex_rebuilds_it(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    store.save_session(sample_session("Hel AB"))
    store.summaries()
    store.index.close()
    store.index.path.write_bytes(b"garbage" * 1000)
    data = ["--data-dir", str(store.root), "--lang", "en"]
    assert main([*data, "doctor"]) == 1
    out = capsys.readouterr().out
    assert "search index" in out and "reindex" in out
    assert main([*data, "reindex"]) == 0
    assert "1 session read" in capsys.readouterr().out
    assert main([*data, "doctor"]) == 0
    assert main([*data, "list", "--json"]) == 0
    capsys.readouterr()
    assert main([*data, "list", "--json"]) == 0
    assert [r["supplier"] for r in json.loads(capsys.readouterr().out)] == ["Hel AB"]


def test_list_fits_80_columns_and_never_cuts_ids_or_times(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    session = sample_session("Ett mycket långt leverantörsnamn Aktiebolag med filialer i Norden")
    store.save_session(session)
    assert main(["--data-dir", str(store.root), "--lang", "sv", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line for line in lines if line.startswith(session.id))
    assert len(row) <= 80 and "…" in row
    assert session.id in row and "2026-11-24 10:00" in row


def test_the_recent_list_holds_the_newest_and_every_unfinished_or_damaged_meeting(
    store: Store,
) -> None:
    """What the home screen lists: a page of the newest, every meeting still to be taken up
    again and every damaged file, newest first, and how many there are in all."""
    for day, (supplier, status) in enumerate(
        [("Pausad AB", Status.PAUSED), ("Pågår AB", Status.RUNNING)]
        + [(f"Klar {n} AB", Status.FINISHED) for n in range(4)]
    ):
        session = sample_session(supplier)
        session.started_at = datetime(2026, 1, 1 + day, 9, 0, tzinfo=timezone.utc)
        session.status = status
        store.save_session(session)
    (store.sessions_dir / "0badc0ffee00.json").write_bytes(b"{ not json")
    store.index.refresh()
    listing = store.recent_summaries(2)
    assert listing.total == 7
    # The damaged file has no start: it counts among the newest, on top.
    shown = ["0badc0ffee00", "Klar 3 AB", "Pågår AB", "Pausad AB"]
    assert [s.supplier or s.id for s in listing.shown] == shown


def test_the_recent_list_is_as_the_index_last_saw_the_files(store: Store, tmp_path: Path) -> None:
    """Shown at once, without looking at thousands of files; the look that follows brings in
    what another program changed."""
    store.save_session(sample_session("Före AB"))
    store.index.refresh()
    elsewhere = Store(store.root, cache_dir=tmp_path / "elsewhere")
    elsewhere.save_session(sample_session("Efter AB"))
    assert [s.supplier for s in store.recent_summaries(10).shown] == ["Före AB"]
    store.index.refresh()
    listing = store.recent_summaries(10)
    assert sorted(s.supplier for s in listing.shown) == ["Efter AB", "Före AB"]
    assert listing.total == 2


def test_a_build_leaves_no_log_for_the_next_program_to_read(store: Store) -> None:
    """A build writes megabytes through the write-ahead log; left there (the app killed before
    closing the index), every later start would read it all before the first query."""
    for number in range(BATCH):
        store.save_session(sample_session(f"Leverantör {number} AB"))
    assert store.index.refresh() == BATCH
    log = Path(f"{store.index.path}-wal")
    assert not log.exists() or log.stat().st_size == 0
    assert len(store.summaries()) == BATCH
