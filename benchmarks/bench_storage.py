"""How long saving a session takes, by size of the session and by number of sessions stored.

Run: python3 benchmarks/bench_storage.py

Prints the median of several runs for the two halves of a save: `encode` (encode_session, which
runs where the session is edited) and `write` (Store.write_session: JSON, temp file, fsync,
replace, which may run in a worker thread).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.session import Session
from facilitator.storage.kinds import encode_session
from facilitator.storage.store import Store

RUNS = 15


def make_session(entries: int = 0, note_bytes: int = 0) -> Session:
    session = Session(dialogue=demo_dialogue(), supplier=DEMO_SUPPLIER)
    start = datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc)
    kinds = list(EntryKind)
    first = session.questions[0].id
    session.entries = [
        LogEntry(
            kind=kinds[i % len(kinds)],
            text=f"Leverantören berättar om punkt {i}: ramavtal, åtaganden och priser.",
            at=start + timedelta(seconds=i),
            offset=float(i),
            question_id=first,
            owner="Josefine" if i % 5 == 0 else "",
        )
        for i in range(entries)
    ]
    if note_bytes:
        line = "Anteckning om behov och marknad, åäö ÅÄÖ. "
        session.notes[first] = (line * (note_bytes // len(line.encode()) + 1))[:note_bytes]
    return session


def median_ms(action) -> float:  # noqa: ANN001 - a callable
    times = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        action()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def bench_sizes(store: Store) -> None:
    print("Saving one session, by its size (median ms)")
    print(f"  {'session':<28}{'encode':>10}{'write':>10}{'total':>10}")
    cases = [
        ("0 entries", make_session()),
        ("100 entries", make_session(100)),
        ("10,000 entries", make_session(10_000)),
        ("1 MB note", make_session(note_bytes=1_000_000)),
    ]
    for label, session in cases:
        encode = median_ms(lambda s=session: encode_session(s))
        tables = encode_session(session)
        write = median_ms(lambda s=session, t=tables: store.write_session(s.id, t))
        total = median_ms(lambda s=session: store.save_session(s))
        print(f"  {label:<28}{encode:>10.1f}{write:>10.1f}{total:>10.1f}")


def bench_neighbours(root: Path) -> None:
    print("Saving one 100-entry session, by how many other sessions are stored (median ms)")
    for others in (1, 100, 1000):
        store = Store(root / f"with-{others}")
        filler = make_session(5)
        for _ in range(others):
            filler.id = f"other{_:05d}"
            store.save_session(filler)
        session = make_session(100)
        total = median_ms(lambda st=store, s=session: st.save_session(s))
        print(f"  {others:>5} others: {total:8.1f}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="facilitator bench åäö ") as folder:
        root = Path(folder)
        bench_sizes(Store(root / "sizes"))
        bench_neighbours(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
