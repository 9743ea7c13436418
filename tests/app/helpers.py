"""What the app tests share: the app as a test opens it, waiting until it is quiet, typing into a
field, the notifications shown, a disk that refuses writes, and a finished meeting opened on its
minutes or its wrap-up."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from rich.console import Console
from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.widgets import Input, Static

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session, new_session
from facilitator.storage import atomic
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.base import ASKING
from facilitator.ui.screens.wrapup import WrapUpScreen
from tests.conftest import FakeClock

#: The smallest terminal the app is made for.
SIZE = (80, 24)
SUPPLIER = "Exempel Bygg AB"


def demo_meeting(supplier: str = SUPPLIER) -> Session:
    """A new meeting on the demo dialogue, not yet started."""
    return new_session(demo_dialogue(), supplier)


def make_app(
    store: Store,
    lang: str = "sv",
    *,
    clock: FakeClock | None = None,
    session: Session | None = None,
    session_id: str | None = None,
) -> FacilitatorApp:
    """The app on `store` with a clock that stands still: on home, or on `session` (a meeting
    opened as `facilitator demo` opens one) or the stored `session_id` (as `facilitator open`)."""
    return FacilitatorApp(
        store, lang, session=session, session_id=session_id, clock=clock or FakeClock()
    )


async def settle(app: FacilitatorApp, pilot: Pilot[None], *, after_typing: bool = False) -> None:
    """Wait until the app is quiet: messages handled, workers done, and what they reported back
    handled too. With `after_typing`, first wait out the typing delay, so that what was typed has
    had its chance to be saved."""
    if after_typing:
        await pilot.pause(SAVE_DELAY + 0.1)
    for _ in range(3):
        await pilot.pause()
        # Not the workers waiting for an answer in an open dialog: they end when it is answered.
        # (An empty list would mean every worker to wait_for_complete.)
        busy = [worker for worker in app.workers if worker.group != ASKING]
        if busy:
            await app.workers.wait_for_complete(busy)
    await pilot.pause()


async def go(app: FacilitatorApp, pilot: Pilot[None], *keys: str) -> None:
    """Settle, then press each of `keys` and settle after it: the way to a screen by keys."""
    await settle(app, pilot)
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)


async def fill(pilot: Pilot[None], field: Input, text: str) -> None:
    """Put `text` in a field as if typed, and press Enter in it."""
    field.focus()
    field.value = text
    await pilot.press("enter")


def shown_text(widget: Static) -> str:
    """What the widget shows, as plain text (long lines not wrapped)."""
    console = Console(width=400, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


class Notices:
    """The notifications the app shows, in order: pass as `run_test(message_hook=...)`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.shown.append((message.notification.message, message.notification.severity))

    @property
    def messages(self) -> list[str]:
        return [text for text, _ in self.shown]

    def of(self, severity: str) -> list[str]:
        """The messages shown with `severity` ("error", "warning", "information")."""
        return [text for text, shown_as in self.shown if shown_as == severity]


MessageHook = Callable[[Message], None]


class Disk:
    """A disk that can be made to refuse writes: full (fsync fails with ENOSPC) or, with
    `read_only`, a folder where no file can be created (EROFS)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, read_only: bool = False) -> None:
        self.full = False
        self.refused = 0
        real_fsync = os.fsync
        real_mkstemp = tempfile.mkstemp

        def fsync(fd: int) -> None:
            if self.full and not read_only:
                self.refused += 1
                raise OSError(errno.ENOSPC, "No space left on device")
            real_fsync(fd)

        def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
            if self.full and read_only:
                self.refused += 1
                raise OSError(errno.EROFS, "Read-only file system")
            return real_mkstemp(*args, **kwargs)

        monkeypatch.setattr(atomic.os, "fsync", fsync)
        # Looked up when a file is written (the storage imports it there).
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


#: A confidential notes line of the finished meeting below, and its reason.
SECRET_NOTE = "Pris 420 kr per timme"
SECRET_REASON = "Avslöjar kalkylen"
#: The finished meeting's confidential insight.
SECRET_ENTRY = "Marknaden saknar jour"


def finished_meeting(store: Store, clock: FakeClock) -> Session:
    """A demo meeting with notes (one line confidential with a reason), one confidential
    entry, a mismatch and a tip, ended and saved."""
    session = demo_meeting()
    session.start(clock)
    qid = session.questions[0].id
    session.set_note(qid, f"Snabb utryckning\n🔒[{SECRET_REASON}] {SECRET_NOTE}", clock)
    clock.advance(120)
    session.log(EntryKind.INSIGHT, SECRET_ENTRY, clock, confidential=True)
    session.log(EntryKind.MISMATCH, "Kan inte VVS", clock, future_needs="Städ 2027")
    session.log(EntryKind.TIP, "Läs hela förfrågan", clock)
    clock.advance(600)
    session.end(clock)
    store.save_session(session)
    return session


@asynccontextmanager
async def minutes_screen(
    store: Store,
    lang: str = "sv",
    size: tuple[int, int] = SIZE,
    message_hook: MessageHook | None = None,
) -> AsyncIterator[tuple[FacilitatorApp, Pilot[None], Session, FakeClock]]:
    """The app opened on the finished meeting's minutes, settled."""
    clock = FakeClock()
    session = finished_meeting(store, clock)
    app = make_app(store, lang, clock=clock, session_id=session.id)
    async with app.run_test(size=size, message_hook=message_hook) as pilot:
        await settle(app, pilot)
        yield app, pilot, session, clock


@asynccontextmanager
async def wrap_up(
    store: Store, lang: str = "sv", message_hook: MessageHook | None = None
) -> AsyncIterator[tuple[FacilitatorApp, Pilot[None]]]:
    """The wrap-up of the finished meeting, reopened from its minutes (quicker than typing the
    meeting again)."""
    async with minutes_screen(store, lang, message_hook=message_hook) as (app, pilot, _, _):
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        yield app, pilot
