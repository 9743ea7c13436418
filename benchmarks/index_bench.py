"""How fast the lists, search and registers are with many stored meetings (the session index).

Run: python3 benchmarks/index_bench.py [--meetings 1000] [--entries 200] [--keep DIR]

Generates a data folder of meetings through the project's own API (Session, Store.save_session),
then prints: the cold index build, `list` and the home screen with 10 and with all the meetings
(and their ratio), search, the registers and insights, a save (p50 and p95), and the next list
after a save, which reads the saved meeting into the index. The index is kept in a temporary
cache folder, never in the user's.
`--keep DIR` leaves the generated folder there to try the app on (`facilitator --data-dir DIR`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.session import Session, Status
from facilitator.storage.index import CACHE_ENV_VAR
from facilitator.storage.registers import actions, insights, needs, search
from facilitator.storage.store import Store

SUPPLIERS = ("Åkes Bygg AB", "Målarna i Norr", "El & VVS Öst", "Rörläggarna", "Takläggare Syd")
WORDS = ("ramavtal", "elektriker", "målning", "kapacitet", "solceller", "förskolor", "ventilation")


def kind_of(i: int) -> EntryKind:
    """A meeting's mix: 4 mismatches and 5 actions in 200 entries, the rest notes, tips and
    insights."""
    if i % 50 == 1:
        return EntryKind.MISMATCH
    if i % 40 == 4:
        return EntryKind.ACTION
    return (EntryKind.NOTE, EntryKind.TIP, EntryKind.INSIGHT)[i % 3]


def make_meeting(number: int, entries: int) -> Session:
    """A finished meeting with `entries` log entries and notes under every question."""
    session = Session(dialogue=demo_dialogue(), supplier=SUPPLIERS[number % len(SUPPLIERS)])
    start = datetime(2020, 1, 6, 9, 0, tzinfo=timezone.utc) + timedelta(days=2 * number)
    questions = session.questions
    session.entries = [
        LogEntry(
            kind=kind_of(i),
            text=f"Punkt {i}: {WORDS[(number + i) % len(WORDS)]} och åtaganden i möte {number}.",
            at=start + timedelta(seconds=10 * i),
            offset=10.0 * i,
            question_id=questions[i % len(questions)].id,
            owner="Josefine" if kind_of(i) is EntryKind.ACTION else "",
            due=date(2026, 1, 1) + timedelta(days=number % 400) if i % 80 == 4 else None,
            future_needs="Solceller på förskolor" if kind_of(i) is EntryKind.MISMATCH else "",
        )
        for i in range(entries)
    ]
    for i, question in enumerate(questions):
        session.notes[question.id] = f"Anteckning {i} om {WORDS[(number + i) % len(WORDS)]}.\n" * 3
        session.question_seconds[question.id] = 60.0 * (3 + (number + i) % 7)
        session.question_ratings[question.id] = ("yes", "partly", "no")[(number + i) % 3]
    session.discussed_order = [q.id for q in questions]
    session.meeting_seconds = sum(session.question_seconds.values())
    session.started_at = start
    session.ended_at = start + timedelta(seconds=session.meeting_seconds)
    session.status = Status.FINISHED
    session.format_lesson = "Kamera på hjälper." if number % 10 == 0 else ""
    return session


def generate(root: Path, meetings: int, entries: int) -> Store:
    store = Store(root)
    store.ensure()
    for number in range(meetings):
        store.save_session(make_meeting(number, entries), keep_backup=False)
    return store


def timed(
    action: Callable[[], Any], runs: int = 5, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median milliseconds of `runs` calls (by the wall clock, or by `clock`)."""
    times = []
    for _ in range(runs):
        begin = clock()
        action()
        times.append((clock() - begin) * 1000)
    return statistics.median(times)


def cli_ms(root: Path, *args: str, runs: int = 3) -> float:
    """Median milliseconds of the `facilitator` command, start to end, output discarded."""
    start = "import sys; from facilitator.cli import main; sys.exit(main())"
    command = [sys.executable, "-c", start, "--data-dir", str(root), *args]
    return timed(lambda: subprocess.run(command, check=True, capture_output=True), runs)


def home_ms(root: Path, runs: int = 3) -> float:
    """Median milliseconds from starting the app to the home screen's list filled in."""
    from textual.widgets import DataTable

    from facilitator.ui.app import FacilitatorApp

    async def once() -> float:
        store = Store(root)
        begin = time.perf_counter()
        app = FacilitatorApp(store, "sv")
        async with app.run_test(size=(80, 24)) as pilot:
            table = None
            while table is None or table.row_count == 0:
                await pilot.pause(0.005)
                found = app.screen.query("#sessions")
                table = found.first(DataTable) if found else None
            return (time.perf_counter() - begin) * 1000

    return statistics.median(asyncio.run(once()) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="generate the big folder here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="index-bench-") as temp:
        folder = Path(temp)
        os.environ[CACHE_ENV_VAR] = str(folder / "cache")
        small_root, big_root = folder / "ten", args.keep or folder / "big"
        begin = time.perf_counter()
        generate(small_root, 10, args.entries)
        big = generate(big_root, args.meetings, args.entries)
        print(f"Generated {args.meetings} meetings of {args.entries} entries "
              f"in {time.perf_counter() - begin:.1f} s")

        begin, cpu = time.perf_counter(), time.process_time()
        count = big.index.rebuild()
        print(f"Cold index build, {count} meetings: {time.perf_counter() - begin:.2f} s "
              f"({time.process_time() - cpu:.2f} s of CPU)")

        print("\nLists, 10 meetings vs all (median ms):")
        for label, measure in (
            ("Store.summaries()", lambda root: timed(Store(root).summaries)),
            ("facilitator list --json", lambda root: cli_ms(root, "list", "--json")),
            ("facilitator list", lambda root: cli_ms(root, "list")),
            ("home screen shown", home_ms),
        ):
            small_ms, big_ms = measure(small_root), measure(big_root)
            print(f"  {label:<26}{small_ms:>9.1f}{big_ms:>9.1f}   ratio {big_ms / small_ms:.2f}")

        print(f"\nAcross {args.meetings} meetings (median ms, and of CPU):")
        store = Store(big_root)
        for label, action in (
            ("search 'solcell'", lambda: search(store, "solcell")),
            ("search 'elektriker möte'", lambda: search(store, "elektriker möte")),
            ("search, one supplier", lambda: search(store, "ramavtal", supplier="åkes")),
            ("needs", lambda: needs(store)),
            ("actions --open", lambda: actions(store, open_only=True)),
            ("insights", lambda: insights(store)),
        ):
            cpu = timed(action, clock=time.process_time)
            print(f"  {label:<30}{timed(action):>9.1f}{cpu:>9.1f}")

        session = store.load_session(store.session_ids()[0])
        saves, catch_up = [], []
        for i in range(100):
            session.notes[session.questions[0].id] = f"Anteckning {i}"
            begin = time.perf_counter()
            store.save_session(session)
            saves.append((time.perf_counter() - begin) * 1000)
            begin = time.perf_counter()
            store.summaries()
            catch_up.append((time.perf_counter() - begin) * 1000)
        saves.sort()
        catch_up.sort()
        print(f"\nSave of a {args.entries}-entry meeting (the index reads it at the next look): "
              f"p50 {saves[49]:.1f} ms, p95 {saves[94]:.1f} ms")
        print(f"The next list after a save, reading that meeting into the index: "
              f"p50 {catch_up[49]:.1f} ms, p95 {catch_up[94]:.1f} ms")


if __name__ == "__main__":
    main()
