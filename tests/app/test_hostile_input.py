"""Input no one plans for, in the running app: a 1 MB paste, 10,000 log entries, and names with
terminal codes, bells, carriage returns, markup and right-to-left text."""

from __future__ import annotations

import time

import pytest
from textual import events
from textual.widgets import Static, TextArea

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Participant
from facilitator.domain.session import Session, new_session
from facilitator.export import render_minutes
from facilitator.storage.store import Store
from facilitator.ui.screens.home import HomeScreen
from facilitator.ui.screens.meeting import MeetingScreen
from facilitator.ui.widgets.log_panel import LogPanel
from facilitator.ui.widgets.status_line import StatusLine
from tests.app.helpers import demo_meeting, make_app, settle
from tests.conftest import FakeClock

#: A supplier name as a broken import or a prank could give it.
HOSTILE = "Röd\x1b[31m AB\x07\r [/] שלום مرحبا \u202eBA kraM\x1b[2J"
#: Characters that act on a terminal instead of being shown.
TERMINAL_CODES = ("\x1b", "\x07", "\r", "\u202e")


def one_megabyte() -> str:
    """About 1 MB of meeting notes, Swedish letters, line breaks and a Windows line end or two."""
    line = "Leverantören beskriver jouren: åtgärd inom fyra timmar, även helger. "
    lines = [f"{number:05d} {line}" for number in range(1_000_000 // (len(line) + 6) + 1)]
    return "\r\n".join(lines[:3]) + "\n" + "\n".join(lines[3:])


async def test_a_1_mb_paste_is_kept_whole_saved_and_the_app_stays_responsive(
    store: Store,
) -> None:
    pasted = one_megabyte()
    expected = pasted.replace("\r\n", "\n")
    assert len(pasted.encode("utf-8")) >= 1_000_000
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        qid = screen.session.current_question_id
        start = time.perf_counter()
        app.post_message(events.Paste(pasted))  # as the terminal's bracketed paste arrives
        await pilot.pause()
        pasted_in = time.perf_counter() - start
        notes = screen.query_one("#notes", TextArea)
        assert notes.text == expected

        start = time.perf_counter()
        await pilot.press(*" Slut.")
        await pilot.pause()
        typing = time.perf_counter() - start
        await pilot.press("alt+m", *"Svarar ändå", "enter")
        await settle(app, pilot, after_typing=True)
        assert screen.session.entries[-1].text == "Svarar ändå"
        assert notes.text == expected + " Slut."

        path = store.session_path(screen.session.id)
        saved = store.load_session(screen.session.id)
        assert saved.notes[qid] == expected + " Slut."
        print(
            f"\n1 MB paste: in the editor after {pasted_in:.2f} s; 6 keys typed after it in "
            f"{typing:.2f} s; session file {path.stat().st_size / 1e6:.2f} MB"
        )
        assert typing < 5, "typing after a big paste stays usable"


async def test_a_pasted_coloured_terminal_line_is_kept_as_text(store: Store) -> None:
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        app.post_message(events.Paste("\x1b[31mFEL\x1b[0m: disken\x07 är full\r\nrad två"))
        await settle(app, pilot, after_typing=True)
        assert screen.query_one("#notes", TextArea).text == "[31mFEL[0m: disken är full\nrad två"
        assert not raw_codes(app.export_screenshot())


def big_session(entries: int) -> Session:
    clock = FakeClock()
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.start(clock)
    kinds = list(EntryKind)
    for number in range(entries):
        session.log(kinds[number % len(kinds)], f"Post {number:05d}", clock)
        clock.advance(0.25)
    session.pause(clock)
    return session


async def test_a_session_with_10000_entries_opens_quickly_and_shows_the_latest(
    store: Store,
) -> None:
    session = big_session(10_000)
    store.save_session(session)
    start = time.perf_counter()
    app = make_app(store, session_id=session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        opened = time.perf_counter() - start
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        shown = str(screen.query_one(LogPanel).render())
        assert "Post 09999" in shown and "Post 00000" not in shown
        start = time.perf_counter()
        await pilot.press("alt+i", *"En till", "enter")
        await settle(app, pilot, after_typing=True)
        logged = time.perf_counter() - start
        assert "En till" in str(screen.query_one(LogPanel).render())
    assert len(store.load_session(session.id).entries) == 10_001
    print(
        f"\n10,000 entries: meeting screen in {opened:.2f} s; one more logged and saved in "
        f"{logged:.2f} s"
    )
    assert opened < 10


def hostile_session() -> Session:
    clock = FakeClock()
    dialogue = demo_dialogue()
    dialogue.questions[0].text = "Fråga\x1b]0;kapad titel\x07 [b]fet?[/b]"
    session = new_session(dialogue, HOSTILE)
    session.participants.append(Participant(name="Ali\x1b[2J مرحبا \u202eעמית", organisation="[/]"))
    session.start(clock)
    session.set_note(session.questions[0].id, "Anteckning", clock)
    session.log(EntryKind.MISMATCH, "Kräver\x1b[5m ISO\x07 \u202e14001", clock, owner="[/]\r")
    clock.advance(90)
    session.pause(clock)
    return session


def raw_codes(text: str) -> list[str]:
    return [code for code in TERMINAL_CODES if code in text]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_hostile_names_are_shown_as_text_on_every_screen(
    store: Store, size: tuple[int, int]
) -> None:
    session = hostile_session()
    store.save_session(session)
    app = make_app(store)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot, after_typing=True)
        assert isinstance(app.screen_stack[1], HomeScreen), "the list of sessions shows"
        assert not raw_codes(app.export_screenshot())
        offer = str(app.screen.query_one("#confirm-question", Static).render())
        assert "Röd[31m AB" in offer and "[/] שלום مرحبا BA kraM" in offer
        await pilot.press("j")
        await settle(app, pilot, after_typing=True)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        status = str(screen.query_one(StatusLine).render())
        # At 40 columns the name gives way to the clocks.
        assert status.startswith("❚❚ Röd[31m AB  [/] שלום" if size[0] >= 80 else "❚❚ Röd")
        assert len(status.splitlines()) == 1, "the status line stays one line"
        log = str(screen.query_one(LogPanel).render())
        assert "Kräver[5m ISO 14001" in log
        assert "Fråga]0;kapad titel [b]fet?[/b]" in str(
            screen.query_one("#current").render()
        )
        assert not raw_codes(app.export_screenshot())
        assert "\\u" not in app.export_screenshot(), "never shown as escapes"
        await pilot.press(*" mer")
        await settle(app, pilot, after_typing=True)
    assert store.load_session(session.id).supplier == HOSTILE, "the name itself is kept as given"


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "docx"])
def test_hostile_names_do_not_break_the_minutes(fmt: str) -> None:
    minutes = render_minutes(hostile_session(), fmt, "sv")
    if isinstance(minutes, bytes):
        from tests.unit.minutes_helpers import docx_text

        minutes = docx_text(minutes)
    assert not [code for code in ("\x1b", "\x07", "\r", "\u202e") if code in minutes]
    for letters in ("שלום", "مرحبا", "Ali", "Kräver", "ISO"):
        assert letters in minutes


async def test_tips_with_brackets_and_terminal_codes_are_offered_as_text(store: Store) -> None:
    from facilitator.domain.tips import Tip, TipLibrary
    from facilitator.storage.prep import PrepStore

    text = "Läs [bilaga 2] och [/] före\x1b[2J mötet"
    PrepStore(store).save_tips(TipLibrary([Tip(text, lang="sv")]))
    app = make_app(store, session=demo_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot, after_typing=True)
        await pilot.press("alt+t", *"bilaga")
        await settle(app, pilot, after_typing=True)
        shown = app.screen.query_one("#quick-tips").get_option_at_index(0).prompt
        assert str(shown) == "Läs [bilaga 2] och [/] före[2J mötet"
        assert not raw_codes(app.export_screenshot())
        await pilot.press("down", "enter")
        await settle(app, pilot, after_typing=True)
        assert app.screen.session.entries[-1].text == text, "the tip itself is logged as it is"
