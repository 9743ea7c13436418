"""What the benchmarks run in a process of its own: the apps, and the in-process figures.

python benchmarks/bench_app.py minimal                 the reference app (Header, TextArea,
                                                       Footer) in the terminal
python benchmarks/bench_app.py open DATA ID            facilitator on one stored session
python benchmarks/bench_app.py headless KIND [DATA]    start-up without a terminal (KIND:
                                                       minimal, home or demo); prints the
                                                       time.time() at which it was shown
python benchmarks/bench_app.py save DATA ID RUNS       saving an entry and notes (JSON, ms)
python benchmarks/bench_app.py minutes DATA ID RUNS    the minutes in every format (JSON, ms)
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, TextArea

#: What the reference app's footer shows once it is drawn.
MINIMAL_READY = "palette"


class MinimalApp(App[None]):
    """The smallest useful Textual app: the reference for start-up."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield TextArea()
        yield Footer()


async def _headless(kind: str, data: str | None) -> float:
    if kind == "minimal":
        app: Any = MinimalApp()
    else:
        from facilitator.storage.store import Store
        from facilitator.ui.app import FacilitatorApp

        store = Store(Path(data or "."))
        if kind == "demo":
            from facilitator.domain.demo import DEMO_SUPPLIER, demo_dialogue
            from facilitator.domain.session import new_session

            session = new_session(demo_dialogue(), DEMO_SUPPLIER)
            app = FacilitatorApp(store, "sv", session=session)
        else:
            app = FacilitatorApp(store, "sv")
    async with app.run_test(size=(80, 24)) as pilot:
        while not _shown(app, kind):
            await asyncio.sleep(0.002)
        await pilot.pause()
        shown = time.time()
        os._exit(_report(shown))
    return 0.0


def _report(shown: float) -> int:
    sys.stdout.write(f"{shown}\n")
    sys.stdout.flush()
    return 0


def _shown(app: Any, kind: str) -> bool:
    screen = app.screen
    if kind == "minimal":
        return bool(screen.query("Footer"))
    if kind == "demo":
        return type(screen).__name__ == "MeetingScreen" and screen.is_mounted
    if type(screen).__name__ != "HomeScreen":
        return False
    hint = screen.query("#home-hint")
    return bool(hint) and str(hint.first().render()).strip() != ""


def open_session(data: str, session_id: str) -> None:
    from facilitator.storage.store import Store
    from facilitator.ui.app import FacilitatorApp

    FacilitatorApp(Store(Path(data)), "sv", session_id=session_id).run()


def _ms(began: float) -> float:
    return (time.perf_counter() - began) * 1000


def save(data: str, session_id: str, runs: int) -> dict[str, list[float]]:
    """The two halves of a save, as the meeting screen does them: the snapshot on the UI thread,
    the write on a worker, after logging an entry and after typing in the notes (with the app's
    settings of the garbage collector, `ui.heap`)."""
    from facilitator.domain.clock import SystemClock
    from facilitator.domain.entries import EntryKind
    from facilitator.storage.autosave import AutoSaver
    from facilitator.storage.store import Store
    from facilitator.ui import heap

    heap.tune()
    store = Store(Path(data))
    session = store.load_session(session_id)
    heap.freeze()  # as the meeting screen does once it is up
    saver = AutoSaver(store, session)
    clock = SystemClock()
    question = session.questions[0].id
    result: dict[str, list[float]] = {
        "entry_ui": [],
        "entry_total": [],
        "notes_ui": [],
        "notes_total": [],
    }
    for index in range(runs):
        for what in ("entry", "notes"):
            if what == "entry":
                session.log(EntryKind.NOTE, f"Leverantören svarar på fråga {index}.", clock)
            else:
                text = session.notes.get(question, "")
                session.set_note(question, text + f"\nAnteckning {index} om ramavtalet.", clock)
            saver.changed()
            began = time.perf_counter()
            snapshot = saver.snapshot()
            result[f"{what}_ui"].append(_ms(began))
            if not saver.write(snapshot):
                raise RuntimeError(f"the save failed: {saver.error}")
            result[f"{what}_total"].append(_ms(began))
    return result


def minutes(data: str, session_id: str, runs: int) -> dict[str, list[float]]:
    from facilitator.export import FORMATS, render_minutes
    from facilitator.storage.store import Store

    session = Store(Path(data)).load_session(session_id)
    result: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    for _ in range(runs):
        for fmt in FORMATS:
            began = time.perf_counter()
            render_minutes(session, fmt, "sv")
            result[fmt].append(_ms(began))
    return result


def main(argv: list[str]) -> int:
    what, *args = argv
    if what == "minimal":
        MinimalApp().run()
    elif what == "open":
        open_session(*args)
    elif what == "headless":
        asyncio.run(_headless(args[0], args[1] if len(args) > 1 else None))
    elif what in ("save", "minutes"):
        task = save if what == "save" else minutes
        print(json.dumps(task(args[0], args[1], int(args[2]))))
    else:
        raise SystemExit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
