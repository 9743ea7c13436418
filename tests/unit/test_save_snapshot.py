"""A save copies the session on the UI thread and encodes it on a worker: what is written is the
session as it stood when the copy was taken, whatever is edited while the worker writes."""

from __future__ import annotations

import enum
import types
import typing
from datetime import date, datetime

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.session import new_session
from facilitator.storage.autosave import AutoSaver
from facilitator.storage.store import Store
from tests.conftest import FakeClock


def test_a_save_writes_the_session_as_it_stood_when_copied(store: Store) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    first = session.questions[0].id
    entry = session.log(EntryKind.ACTION, "Skicka prislista", clock, owner="Josefine")
    session.set_note(first, "Jour dygnet runt", clock)
    saver = AutoSaver(store, session)
    snapshot = saver.snapshot()
    # Edited on the UI thread while the worker has not written yet.
    entry.text, entry.owner = "Skicka prislista och referenser", "Karin"
    session.set_note(first, "Jour dygnet runt, även helger", clock)
    session.log(EntryKind.TIP, "Läs förfrågningsunderlaget", clock)
    assert saver.write(snapshot)
    saved = store.load_session(session.id)
    assert [(e.text, e.owner) for e in saved.entries] == [("Skicka prislista", "Josefine")]
    assert saved.notes[first] == "Jour dygnet runt"
    assert saver.write(saver.snapshot())
    saved = store.load_session(session.id)
    assert [(e.text, e.owner) for e in saved.entries] == [
        ("Skicka prislista och referenser", "Karin"),
        ("Läs förfrågningsunderlaget", ""),
    ]
    assert saved.notes[first] == "Jour dygnet runt, även helger"


def test_saves_of_a_meeting_write_each_change_to_its_entries(store: Store) -> None:
    """A save encodes only the entries changed since the last one: entries edited in place,
    removed or added between saves are written as they now are."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    entries = [session.log(EntryKind.NOTE, f"Anteckning {i}", clock) for i in range(5)]
    saver = AutoSaver(store, session)
    assert saver.save_now()
    entries[1].text = "Anteckning 1, rättad"
    session.toggle_confidential(entries[2], clock)
    session.remove_entry(entries[3].id, clock)
    session.log(EntryKind.MISMATCH, "Kan inte leverera", clock, future_needs="Solceller")
    assert saver.save_now()
    assert store.load_session(session.id) == session
    session.remove_entry(entries[0].id, clock)
    assert saver.save_now()
    assert store.load_session(session.id) == session


def test_a_save_after_logging_an_entry_copies_that_entry_only(store: Store) -> None:
    """The UI thread copies only what it has not copied before: a long meeting's thousands of
    entries are not copied again at every save."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    session.log(EntryKind.NOTE, "Jour dygnet runt", clock)
    saver = AutoSaver(store, session)
    first = saver.snapshot().session.entries
    session.log(EntryKind.TIP, "Läs förfrågningsunderlaget", clock)
    second = saver.snapshot().session.entries
    assert second[0] is first[0]
    assert [values["text"] for values in second] == [
        "Jour dygnet runt",
        "Läs förfrågningsunderlaget",
    ]
    assert saver.write(saver.snapshot())
    assert store.load_session(session.id) == session


def test_an_entry_edited_or_replaced_between_saves_is_written(store: Store) -> None:
    """Copies are used again only for entries neither edited nor replaced since."""
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    entries = [session.log(EntryKind.NOTE, f"Anteckning {i}", clock) for i in range(3)]
    saver = AutoSaver(store, session)
    assert saver.save_now()
    entries[0].owner = "Karin"
    assert saver.save_now()
    assert store.load_session(session.id).entries[0].owner == "Karin"
    session.entries[1] = LogEntry(EntryKind.INSIGHT, "Ersatt", clock.now(), 60.0)
    assert saver.save_now()
    assert [e.text for e in store.load_session(session.id).entries] == [
        "Anteckning 0",
        "Ersatt",
        "Anteckning 2",
    ]


def test_the_latest_snapshot_taken_is_the_one_written(store: Store) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Östgöta Bygg AB")
    first = session.questions[0].id
    saver = AutoSaver(store, session)
    session.set_note(first, "Utkast", clock)
    saver.stage()
    session.set_note(first, "Utkast, färdigt", clock)
    saver.stage()
    assert saver.write_staged()
    assert store.load_session(session.id).notes[first] == "Utkast, färdigt"
    session.set_note(first, "Ändrat utan ny ögonblicksbild", clock)
    assert saver.write_staged(), "nothing staged: the last write's outcome"
    assert store.load_session(session.id).notes[first] == "Utkast, färdigt"


def test_a_saved_session_reads_back_the_same(store: Store) -> None:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "VVS-Gruppen Öst")
    session.log(EntryKind.MISMATCH, "Kan inte leverera el", clock, future_needs="Solceller")
    session.log(EntryKind.ACTION, "Boka uppföljning", clock, due=date(2026, 12, 1))
    store.save_session(session)
    assert store.load_session(session.id) == session


def test_an_entry_holds_only_values_that_cannot_change() -> None:
    """The copy of an entry is shallow: it is a true copy only while every field's value is
    immutable. A list or dict field would need copying too."""
    immutable = (str, int, float, bool, datetime, date, type(None))
    for name, hint in typing.get_type_hints(LogEntry).items():
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        for arg in args:
            assert arg in immutable or issubclass(arg, enum.Enum), (name, hint)
