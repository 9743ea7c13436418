"""Data folders for the benchmarks, made through the project's own API with Swedish text.

Every folder is made once per run (`DataFolders` caches them in one temporary folder) from a fixed
random seed, so two runs measure the same data.
"""

from __future__ import annotations

import contextlib
import os
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.dialogue import new_id
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session, new_session
from facilitator.storage.atomic import dump_json, write_atomic
from facilitator.storage.kinds import encode_session
from facilitator.storage.migrations import meta_table
from facilitator.storage.store import Store

#: Distinct meetings made per folder; the others are copies under new ids, suppliers and times.
POOL = 25
#: Entries and note lines in each stored meeting of the N-meeting folders.
ENTRIES_PER_MEETING = 200
NOTE_LINES_PER_MEETING = 50
#: Meetings of one dialogue (a dialogue meets a handful of suppliers): the first are the demo
#: dialogue's, whose summary the benchmarks time; the others are in dialogues of their own.
MEETINGS_PER_DIALOGUE = 10

_SUBJECTS = (
    "Leverantören",
    "Företaget",
    "Vd:n",
    "Deras projektledare",
    "Kalkylatorn",
    "Arbetsledaren",
    "Hållbarhetschefen",
    "Säljansvarig",
    "Företrädaren för underentreprenörerna",
)
_VERBS = (
    "berättar att",
    "menar att",
    "påpekar att",
    "föreslår att",
    "oroar sig för att",
    "bekräftar att",
    "undrar om",
    "framhåller att",
    "ser en risk i att",
)
_CLAUSES = (
    "jouren behöver bemannas dygnet runt i Norrköping och Söderköping",
    "fasta timpriser gör det lättare för små företag att lämna anbud",
    "avtalstiden bör vara minst fyra år med möjlighet till förlängning",
    "kommunen borde dela upp upphandlingen i geografiska områden",
    "kraven på miljöbilar är svåra att uppfylla för en enskild firma",
    "fakturering per åtgärd är enklare än löpande räkning",
    "kompetensbristen inom VVS kommer att märkas redan nästa år",
    "underleverantörer måste kunna bytas under avtalstiden",
    "priset på material har stigit med tjugo procent sedan förra avtalet",
    "kvalitetskriterierna bör bygga på referensuppdrag och certifieringar",
    "ramavtalet saknar tydliga volymer för måleri och golvläggning",
    "elektronisk beställning via kommunens system fungerar bra",
    "svarstiden vid akuta vattenläckor inte kan garanteras på landsbygden",
    "sociala hänsyn, som praktikplatser, går att kombinera med uppdragen",
    "de vill lämna anbud men inte klarar kraven på omsättning",
)
_NEEDS = (
    "Behov av snöröjning vintertid",
    "Underhåll av lekplatser",
    "Solceller på skolornas tak",
    "Laddstolpar vid äldreboenden",
    "Energieffektivisering av gymnastiksalar",
)
_OWNERS = ("Josefine", "Karin", "Mats Ek", "Åsa Lindqvist", "")
_SUPPLIERS = (
    "Östgöta Bygg & Måleri AB",
    "Snickarglädje i Åtvidaberg",
    "El & Energi Norrköping AB",
    "VVS-Gruppen Öst",
    "Hantverkarnas Kooperativ",
    "Byggnadsfirman Söderström",
    "Malmö Fastighetsservice",
    "Jämtlands Rör AB",
    "Göteborgs Golv & Kakel",
    "Älvdalens Snickeri",
)
_KINDS = (EntryKind.NOTE,) * 4 + (
    EntryKind.MISMATCH,
    EntryKind.TIP,
    EntryKind.INSIGHT,
    EntryKind.ACTION,
)


def sentence(rng: random.Random) -> str:
    """One realistic line of Swedish meeting notes."""
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_CLAUSES)}."


class FakeClock:
    """A clock that moves only when told to (a meeting of hours is made in a moment)."""

    boot = "benchmark"

    def __init__(self, start: datetime) -> None:
        self._start = start
        self._seconds = 0.0

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._seconds)

    def monotonic(self) -> float:
        return self._seconds

    def advance(self, seconds: float) -> None:
        self._seconds += seconds


def make_meeting(
    rng: random.Random,
    entries: int,
    note_lines: int,
    *,
    hours: float = 0.75,
    start: datetime | None = None,
    finished: bool = True,
) -> Session:
    """A meeting on the demo dialogue, led through the domain's own calls: questions taken up in
    turn, `entries` entries logged and `note_lines` lines of notes written over `hours`."""
    begin = start or datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    clock = FakeClock(begin)
    session = new_session(demo_dialogue(), rng.choice(_SUPPLIERS))
    session.planned_minutes = max(45, int(hours * 60))
    session.start(clock)
    questions = [q.id for q in session.questions]
    step = hours * 3600 / max(1, entries + note_lines)
    notes: dict[str, list[str]] = {q: [] for q in questions}
    total = entries + note_lines
    for i in range(total):
        question = questions[i * len(questions) // max(1, total)]
        session.go_to(question, clock)
        clock.advance(step)
        written = sum(map(len, notes.values()))
        if i % max(1, total // max(1, note_lines)) == 0 and written < note_lines:
            notes[question].append(sentence(rng))
            session.set_note(question, "\n".join(notes[question]), clock)
            continue
        kind = rng.choice(_KINDS)
        session.log(
            kind,
            sentence(rng),
            clock,
            confidential=rng.random() < 0.03,
            future_needs=rng.choice(_NEEDS) if kind is EntryKind.MISMATCH else "",
            owner=rng.choice(_OWNERS) if kind is EntryKind.ACTION else "",
            due=(begin + timedelta(days=14)).date() if kind is EntryKind.ACTION else None,
        )
    # Whatever the rounding, exactly `entries` entries.
    while len(session.entries) < entries:
        session.log(EntryKind.NOTE, sentence(rng), clock)
    del session.entries[entries:]
    if finished:
        session.end(clock)
    else:
        session.pause(clock)
    return session


@dataclass
class Meeting:
    """A data folder holding one long meeting."""

    root: Path
    session_id: str


def _index(store: Store) -> None:
    """Read the folder into the session index, where this version has one (as the first start
    after the meetings were held would): the figures are those of every later start."""
    index = getattr(store, "index", None)
    if index is not None:
        index.refresh()
    # Written to the disk now: a start measured next must not share it with the kernel writing
    # back the gigabyte just made (10,000 meetings and their index).
    os.sync()


@contextlib.contextmanager
def without_fsync() -> Iterator[None]:
    """Benchmark data is thrown away after the run: it is written without waiting for the disk
    (10,000 meetings take minutes otherwise), through the same `Store` calls as the app's."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real


def write_copy(store: Store, tables: dict[str, dict[str, Any]], encoded: dict[int, bytes]) -> None:
    """Write a copy of a pool meeting whose `session` table was just changed, byte for byte as
    `Store.write_session` would: the other tables (the 200 entries) are encoded once per pool
    meeting, kept in `encoded` (one dict per pool, by the id of the meeting's entries table),
    the session table for each copy, and the two JSON objects joined."""
    key = id(tables["entries"])
    first = key not in encoded
    if first:
        encoded[key] = dump_json({k: v for k, v in tables.items() if k != "session"})
    data = encoded[key][:-1] + b"," + dump_json({"session": tables["session"]})[1:]
    if first:  # the joining is checked against the store's own encoding
        assert data == dump_json(tables), "the copy would not be what the store writes"
    write_atomic(store.session_path(tables["session"]["1"]["id"]), data, keep_backup=False)


class DataFolders:
    """The benchmark's data folders, made on first use and kept for the rest of the run."""

    def __init__(self, base: Path, *, log: bool = True) -> None:
        self.base = base
        self._log = log
        self._stored: dict[int, Path] = {}
        self._meetings: dict[tuple[int, bool], Meeting] = {}

    def _say(self, message: str) -> None:
        if self._log:
            print(f"  · {message}", flush=True)

    def stored(self, count: int) -> Path:
        """A data folder with `count` finished meetings of 200 entries and notes each, in
        dialogues of `MEETINGS_PER_DIALOGUE` meetings (the first the demo dialogue)."""
        if count not in self._stored:
            began = time.perf_counter()
            root = self.base / f"stored-{count}"
            store = Store(root)
            store.ensure()
            store.save_dialogue(demo_dialogue())
            rng = random.Random(count)
            first = datetime(2020, 1, 7, 8, 0, tzinfo=timezone.utc)
            pool = [
                {
                    **encode_session(make_meeting(rng, ENTRIES_PER_MEETING, NOTE_LINES_PER_MEETING)),
                    "_meta": meta_table("session"),
                }
                for _ in range(min(count, POOL))
            ]
            demo = pool[0]["session"]["1"]["dialogue"]
            encoded: dict[int, bytes] = {}
            with without_fsync():
                for i in range(count):
                    # A meeting of the pool under a new id, supplier and time: the same
                    # tables the app writes, made in a fraction of the time.
                    tables = pool[i % len(pool)]
                    state = tables["session"]["1"]
                    start = first + timedelta(hours=7 * i)
                    state["id"] = new_id()
                    state["supplier"] = rng.choice(_SUPPLIERS)
                    number = i // MEETINGS_PER_DIALOGUE
                    if number:
                        state["dialogue"] = {
                            **demo,
                            "id": f"dialog-{number:04}",
                            "title": f"Dialog {number}",
                        }
                    state["started_at"] = start.isoformat()
                    state["ended_at"] = (start + timedelta(minutes=50)).isoformat()
                    write_copy(store, tables, encoded)
            _index(store)
            self._stored[count] = root
            self._say(f"{count} meetings stored in {time.perf_counter() - began:.0f} s")
        return self._stored[count]

    def long_meeting(self, entries: int, *, finished: bool) -> Meeting:
        """A data folder with one three-hour meeting of `entries` entries (a quarter as many note
        lines), the newest of 11: finished, or paused mid-meeting to be taken up again."""
        if (entries, finished) not in self._meetings:
            root = self.base / f"meeting-{entries}-{'finished' if finished else 'paused'}"
            store = Store(root)
            store.ensure()
            rng = random.Random(entries)
            with without_fsync():
                for _ in range(10):
                    meeting = make_meeting(rng, ENTRIES_PER_MEETING, NOTE_LINES_PER_MEETING)
                    store.save_session(meeting, keep_backup=False)
                start = datetime(2026, 3, 9, 8, 0, tzinfo=timezone.utc)
                session = make_meeting(
                    rng, entries, entries // 4, hours=3, start=start, finished=finished
                )
                store.save_session(session, keep_backup=False)
            _index(store)
            self._meetings[entries, finished] = Meeting(root, session.id)
            self._say(f"a meeting of {entries} entries stored")
        return self._meetings[entries, finished]
