"""How long the dialogue summary takes, by number of meetings and entries per meeting.

Run: python3 benchmarks/bench_summary.py

Prints the median of several runs of reading the sessions from a data folder
(`dialogue_records`), building the summary (`build_summary`, internal and public+anonymous) and
rendering it in each format.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind, LogEntry
from facilitator.domain.participants import Participant, Role
from facilitator.domain.session import Session, Status
from facilitator.domain.summary import build_summary
from facilitator.export import FORMATS, render_document
from facilitator.export.summary import summary_document
from facilitator.storage.dialogue_records import dialogue_records
from facilitator.storage.prep import PrepStore
from facilitator.storage.store import Store

RUNS = 5


def make_session(number: int, entries: int) -> Session:
    dialogue = demo_dialogue()
    supplier = f"Leverantör {number} AB"
    session = Session(
        dialogue=dialogue,
        supplier=supplier,
        participants=[
            *dialogue.participants,
            Participant(f"Säljare {number}", supplier, Role.SUPPLIER),
        ],
    )
    start = datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc) + timedelta(days=number)
    kinds = list(EntryKind)
    ids = [q.id for q in session.questions]
    session.entries = [
        LogEntry(
            kind=kinds[i % len(kinds)],
            text=f"{supplier} berättar om punkt {i}: ramavtal, åtaganden och priser.",
            at=start + timedelta(seconds=i),
            offset=float(i),
            question_id=ids[i % len(ids)],
            confidential=i % 7 == 0,
        )
        for i in range(entries)
    ]
    session.notes = {qid: f"Anteckning om {qid} från {supplier}" for qid in ids}
    session.question_seconds = {qid: 300.0 for qid in ids}
    session.discussed_order = list(ids)
    session.meeting_seconds = 1800.0
    session.started_at = start
    session.status = Status.FINISHED
    return session


def median(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    print(
        f"{'meetings':>8} {'entries':>8} {'read':>8} {'build':>8} {'anon':>8} "
        + " ".join(f"{fmt:>8}" for fmt in FORMATS)
        + "   (ms, median)"
    )
    for meetings, entries in ((3, 20), (10, 50), (10, 500), (50, 200)):
        with tempfile.TemporaryDirectory() as folder:
            store = Store(Path(folder))
            store.ensure()
            for number in range(meetings):
                store.save_session(make_session(number, entries))
            prep = PrepStore(store)
            records = dialogue_records(prep, "demo-hantverk")
            read = median(partial(dialogue_records, prep, "demo-hantverk"))
            build = median(partial(build_summary, records))
            anon = median(partial(build_summary, records, public=True, anonymous=True))
            document = summary_document(build_summary(records), "sv")
            rendered = [median(partial(render_document, document, fmt)) for fmt in FORMATS]
            print(
                f"{meetings:>8} {entries:>8} {read:>8.0f} {build:>8.0f} {anon:>8.0f} "
                + " ".join(f"{ms:>8.0f}" for ms in rendered)
            )


if __name__ == "__main__":
    main()
