"""The minutes screen: preview, public version, the four formats, copy, finalise and correct."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import docx
import pytest
from textual.pilot import Pilot

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.session import Session, new_session
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.screens.wrapup import WrapUpScreen
from facilitator.ui.widgets.minutes_preview import MinutesPreview
from tests.conftest import FakeClock

SECRET_NOTE = "Pris 420 kr per timme"
SECRET_ENTRY = "Marknaden saknar jour"
REASON = "Avslöjar kalkylen"
WITHHELD = "Uppgift undantagen, sekretess"  # the placeholder (brackets escaped in Markdown)


def finished_meeting(store: Store, clock: FakeClock) -> Session:
    """A demo meeting with notes (one line confidential with a reason), one confidential
    entry, a mismatch and a tip, ended and saved."""
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)
    qid = session.questions[0].id
    session.set_note(qid, f"Snabb utryckning\n🔒[{REASON}] {SECRET_NOTE}", clock)
    clock.advance(120)
    session.log(EntryKind.INSIGHT, SECRET_ENTRY, clock, confidential=True)
    session.log(EntryKind.MISMATCH, "Kan inte VVS", clock, future_needs="Städ 2027")
    session.log(EntryKind.TIP, "Läs hela förfrågan", clock)
    clock.advance(600)
    session.end(clock)
    store.save_session(session)
    return session


async def settle(app: FacilitatorApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@asynccontextmanager
async def minutes_screen(
    store: Store, lang: str = "sv", size: tuple[int, int] = (80, 24)
) -> AsyncIterator[tuple[FacilitatorApp, Pilot[None], Session, FakeClock]]:
    """The app opened on the finished meeting's minutes, settled."""
    clock = FakeClock()
    session = finished_meeting(store, clock)
    app = FacilitatorApp(store, lang, session_id=session.id, clock=clock)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        yield app, pilot, session, clock


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


async def test_a_finished_meeting_opens_on_its_saved_draft_minutes(store: Store) -> None:
    async with minutes_screen(store) as (app, _pilot, session, _clock):
        screen = app.screen
        assert isinstance(screen, MinutesScreen)
        shown = screen.query_one(MinutesPreview).source
        assert SECRET_NOTE in shown and REASON in shown, "the internal minutes show the reason"
        assert not shown.startswith("---"), "no front matter in the preview"
        assert "Utkast" in str(screen.query_one("#minutes-state").render())
        saved = store.minutes_path(session.id, "sv").read_text(encoding="utf-8")
        assert SECRET_ENTRY in saved
        assert str(store.minutes_path(session.id, "sv")) in str(
            screen.query_one("#minutes-path").render()
        )


@pytest.mark.parametrize(("size", "width"), [((160, 45), 100), ((80, 24), 76)])
async def test_the_minutes_are_set_at_a_readable_width(
    store: Store, size: tuple[int, int], width: int
) -> None:
    async with minutes_screen(store, size=size) as (app, _pilot, _session, _clock):
        assert app.screen.query_one(MinutesPreview).size.width == width


async def test_public_version_in_every_format_withholds_what_is_confidential(
    store: Store,
) -> None:
    async with minutes_screen(store) as (app, pilot, session, _clock):
        await pilot.press("p")
        await settle(app, pilot)
        shown = app.screen.query_one(MinutesPreview).source
        assert WITHHELD in shown and SECRET_NOTE not in shown and REASON not in shown
        for number in "1234":
            await pilot.press("s", number)
            await settle(app, pilot)
        await pilot.press("p", "3")  # back to internal; 3 saves Word at once
        await settle(app, pilot)
    for suffix in ("public.md", "public.html", "public.txt"):
        text = store.minutes_path(session.id, "sv", suffix).read_text(encoding="utf-8")
        assert text.strip(), suffix
        assert SECRET_NOTE not in text and SECRET_ENTRY not in text and REASON not in text
        assert "Kan inte VVS" in text, "what is not confidential stays"
    public_docx = docx_text(store.minutes_path(session.id, "sv", "public.docx").read_bytes())
    assert "Läs hela förfrågan" in public_docx
    assert SECRET_NOTE not in public_docx and SECRET_ENTRY not in public_docx
    assert WITHHELD in public_docx
    internal_docx = docx_text(store.minutes_path(session.id, "sv", "docx").read_bytes())
    assert SECRET_NOTE in internal_docx and REASON in internal_docx


async def test_language_switch_shows_and_saves_english_minutes(store: Store) -> None:
    async with minutes_screen(store) as (app, pilot, session, _clock):
        assert "# Minnesanteckningar" in app.screen.query_one(MinutesPreview).source
        await pilot.press("l")
        await settle(app, pilot)
        shown = app.screen.query_one(MinutesPreview).source
        assert "# Minutes" in shown and "Mismatch" in shown
        assert "engelska" in str(app.screen.query_one("#minutes-state").render())
    assert "# Minutes" in store.minutes_path(session.id, "en").read_text(encoding="utf-8")


async def test_copy_puts_the_minutes_on_the_clipboard_and_shows_the_file(store: Store) -> None:
    async with minutes_screen(store) as (app, pilot, session, _clock):
        await pilot.press("c")
        await settle(app, pilot)
        assert app.clipboard == app.screen.query_one(MinutesPreview).source
        message = str(app.screen.query_one("#minutes-path").render())
        assert str(store.minutes_path(session.id, "sv")) in message


async def test_finalise_then_correct_makes_version_two_and_keeps_version_one(
    store: Store,
) -> None:
    async with minutes_screen(store) as (app, pilot, session, clock):
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("n")  # not yet
        await settle(app, pilot)
        assert store.load_session(session.id).minutes_versions == []
        await pilot.press("f", "y")
        await settle(app, pilot)
        (first,) = store.load_session(session.id).minutes_versions
        assert first.number == 1 and first.finalised_at == clock.now()
        assert "Version 1" in str(app.screen.query_one("#minutes-state").render())
        assert "Kan inte VVS" in first.markdown["sv"]

        clock.advance(86_400)
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        assert "version 2" in str(app.screen.query_one("#wrap-hint").render())
        await pilot.press("alt+p", "down", "e", "home", "ctrl+k", *"Kan inte leverera VVS")
        await pilot.press("enter", "alt+e")
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        assert "Utkast" in str(app.screen.query_one("#minutes-state").render())
        await pilot.press("f", "y")
        await settle(app, pilot)
    stored = store.load_session(session.id)
    first, second = stored.minutes_versions
    assert (first.number, second.number) == (1, 2)
    assert second.finalised_at == clock.now() and first.finalised_at < second.finalised_at
    assert "Kan inte VVS" in first.markdown["sv"], "version 1 is kept as it was"
    assert "Kan inte leverera VVS" in second.markdown["sv"]
    minutes = store.minutes_path(session.id, "sv").read_text(encoding="utf-8")
    assert "Kan inte leverera VVS" in minutes


async def test_finalising_again_without_a_change_makes_no_new_version(store: Store) -> None:
    async with minutes_screen(store) as (app, pilot, session, _clock):
        await pilot.press("f", "y")
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen), "no question when nothing changed"
        assert "redan" in str(app.screen.query_one("#minutes-path").render())
    assert len(store.load_session(session.id).minutes_versions) == 1


async def test_minutes_open_elsewhere_are_not_finalised_here(store: Store) -> None:
    from facilitator.storage.lock import SessionLock

    async with minutes_screen(store) as (app, pilot, session, _clock):
        with SessionLock(store, session.id):
            await pilot.press("f", "y")
            await settle(app, pilot)
            assert "öppet" in str(app.screen.query_one("#minutes-path").render())
    assert store.load_session(session.id).minutes_versions == []


async def test_every_minutes_key_is_in_the_command_palette(store: Store) -> None:
    from facilitator.ui.commands import ScreenActions

    async with minutes_screen(store, "en") as (app, _pilot, _session, _clock):
        provider = ScreenActions(app.screen)
        names = [hit.text for hit in [h async for h in provider.discover()]]
        for wanted in (
            "Public",
            "Save as Word (DOCX)",
            "Copy",
            "Finalise",
            "Correct",
            "Home",
            "Quit",
        ):
            assert wanted in names


async def test_a_format_that_cannot_be_saved_says_why(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.app.test_full_disk import Disk

    disk = Disk(monkeypatch)
    async with minutes_screen(store) as (app, pilot, session, _clock):
        disk.full = True
        await pilot.press("s", "2")
        await settle(app, pilot)
        message = str(app.screen.query_one("#minutes-path").render())
        assert "kunde inte sparas" in message and "disken är full" in message
        assert not store.minutes_path(session.id, "sv", "html").exists()


def saved_texts(store: Store, session: Session) -> dict[str, str]:
    """Every minutes file saved for the session, as text, by file name."""
    texts = {}
    for path in sorted(store.minutes_dir.iterdir()):
        data = path.read_bytes()
        texts[path.name] = docx_text(data) if path.suffix == ".docx" else data.decode("utf-8")
    return texts


async def test_every_saved_minutes_file_follows_finalising_and_correcting(store: Store) -> None:
    async with minutes_screen(store) as (app, pilot, session, clock):
        await pilot.press("3", "l", "4", "p")  # Swedish DOCX; English: Markdown, text, public
        await settle(app, pilot)
        names = set(saved_texts(store, session))
        assert len(names) == 5, names
        assert all("Utkast" in t or "Draft" in t for t in saved_texts(store, session).values())

        await pilot.press("f", "y")
        await settle(app, pilot)
        after_final = saved_texts(store, session)
        assert set(after_final) == names, "no .bak or other stale copy beside them"
        for name, text in after_final.items():
            assert "Utkast" not in text and "Draft" not in text, name
            assert "Version 1" in text, name

        clock.advance(3600)
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("alt+p", "down", "e", "home", "ctrl+k", *"Kan inte leverera VVS")
        await pilot.press("enter", "ctrl+q")
        await settle(app, pilot)
    corrected = saved_texts(store, session)
    assert set(corrected) == names
    for name, text in corrected.items():
        assert "Kan inte leverera VVS" in text, name
        assert "Utkast till version 2" in text or "Draft of version 2" in text, name
