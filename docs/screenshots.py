"""Pictures of the app for the README, taken from the app itself.

    .venv/bin/python docs/screenshots.py

runs a demo meeting with a frozen clock in a temporary data folder, headless, and writes SVG
screenshots of the meeting, the wrap-up and the minutes to `docs/`, with the Swedish minutes of
that meeting as Markdown (`docs/minnesanteckningar-exempel.md`). Run it again after changing a
screen: the same app state gives the same pictures.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session, new_session
from facilitator.export import render_minutes
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp

DOCS = Path(__file__).resolve().parent
SIZE = (100, 32)
SUPPLIER = "Norrbygg Service AB"


class FrozenClock:
    """A clock that stands still until the script moves it (as the tests' fake clock does)."""

    boot = "screenshots"

    def __init__(self) -> None:
        self._wall = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds


async def settle(app: FacilitatorApp, pilot: Pilot[None]) -> None:
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.pause()
    for widget in app.screen.query("TextArea, Input"):
        if isinstance(widget, (TextArea, Input)):
            widget.cursor_blink = False


async def write(pilot: Pilot[None], text: str) -> None:
    """Type `text` as the facilitator would."""
    await pilot.press(*text)


def shot(app: FacilitatorApp, name: str) -> None:
    app.save_screenshot(f"{name}.svg", str(DOCS))
    print(DOCS / f"{name}.svg")


async def take(folder: Path) -> None:
    store = Store(folder)
    store.ensure()
    clock = FrozenClock()
    session = new_session(demo_dialogue(), SUPPLIER)
    session.id = "3f2a9c0d1e7b"  # a fixed id, so the example's front matter stays the same
    app = FacilitatorApp(store, "sv", session=session, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await write(pilot, "Vill helst ha planerat underhåll; akuta jobb går med jour.")
        await pilot.press("enter")
        await write(pilot, "Saknar bilder på fastigheterna i underlaget.")
        clock.advance(7 * 60)
        await pilot.press("alt+t")
        await write(pilot, "Läs hela förfrågningsunderlaget och ställ frågor i tid")
        await pilot.press("enter", "alt+n")
        clock.advance(5 * 60)
        await write(pilot, "Jour dygnet runt genom en partner; svarstid två timmar.")
        await pilot.press("alt+m")
        await write(pilot, "Kan inte ta VVS")
        await pilot.press("tab")
        await write(pilot, "Städ och fastighetsskötsel 2027")
        await pilot.press("enter", "alt+i")
        await write(pilot, "Få lokala firmor har egen jour")
        await pilot.press("enter")
        clock.advance(3 * 60)
        await settle(app, pilot)
        shot(app, "meeting")
        await pilot.press("alt+e", "y")
        await settle(app, pilot)
        await pilot.press("alt+n")  # the notes tab
        await settle(app, pilot)
        shot(app, "wrap-up")
        await pilot.press("alt+e")
        await settle(app, pilot)
        shot(app, "minutes")
    saved = store.load_session(session.id)
    minutes = render_minutes(saved, "md", "sv", now=clock.now())
    assert isinstance(minutes, str)
    (DOCS / "minnesanteckningar-exempel.md").write_text(minutes, encoding="utf-8")
    print(DOCS / "minnesanteckningar-exempel.md")
    await summary(store, clock)


def later_meeting(
    clock: FrozenClock, supplier: str, ident: str, days: int, notes: list[str]
) -> Session:
    """Another meeting of the dialogue, `days` later, with one note per question taken up."""
    clock.advance(days * 24 * 3600)
    session = new_session(demo_dialogue(), supplier)
    session.id = ident
    session.start(clock)
    for question, text in zip(session.questions[: len(notes)], notes, strict=True):
        session.go_to(question.id, clock)
        session.set_note(question.id, text, clock)
        clock.advance(6 * 60)
    return session


async def summary(store: Store, clock: FrozenClock) -> None:
    """Two more meetings of the dialogue, then its summary as the home screen opens it (`a`)."""
    second = later_meeting(clock, "Alfa El & VVS AB", "5b1e8d7c2a90", 1, [
        "Tar gärna både akuta jobb och planerat underhåll.",
        "Jour inom fyra timmar i tätorten.",
    ])
    second.log(EntryKind.INFO, "Upphandlingen annonseras i mars 2027", clock)
    second.end(clock)
    store.save_session(second)
    third = later_meeting(clock, "Måleri Syd AB", "9c4f2b6e1d38", 2, [
        "Mest planerat måleri; akuta jobb sällan.",
    ])
    third.end(clock)
    store.save_session(third)
    app = FacilitatorApp(store, "sv", clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        shot(app, "summary")


def main() -> int:
    # One fixed folder, so that the path the minutes screen shows is the same every time.
    folder = Path(tempfile.gettempdir()) / "facilitator-exempel"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        asyncio.run(take(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
