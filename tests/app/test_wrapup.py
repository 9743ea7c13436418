"""The wrap-up after a meeting, driven by keys as a facilitator would after the call."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TextArea

from facilitator.domain.demo import demo_dialogue
from facilitator.domain.entries import EntryKind
from facilitator.domain.participants import Role
from facilitator.domain.session import new_session
from facilitator.storage.autosave import SAVE_DELAY
from facilitator.storage.store import Store
from facilitator.ui import saving
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.screens.minutes import MinutesScreen
from facilitator.ui.screens.wrapup import WrapUpScreen
from tests.app.test_minutes_screen import finished_meeting
from tests.conftest import FakeClock

SUPPLIER = "Exempel Bygg AB"
REASON = "Skadar leverantörens konkurrensläge"


def make_app(store: Store, clock: FakeClock | None = None) -> FacilitatorApp:
    session = new_session(demo_dialogue(), SUPPLIER)
    return FacilitatorApp(store, "sv", session=session, clock=clock or FakeClock())


async def settle(app: FacilitatorApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def finish_demo_meeting(app: FacilitatorApp, pilot) -> None:
    """Notes, one confidential entry, a mismatch and a tip; then alt+e and yes."""
    await pilot.press(*"Snabb utryckning", "enter", *"Pris 420 kr per timme")
    await pilot.press("alt+i", *"Marknaden saknar jour", "alt+c", "enter")
    await pilot.press("alt+m", *"Kan inte VVS", "tab", *"Städ 2027", "enter")
    await pilot.press("alt+t", *"Läs hela förfrågan", "enter")
    await pilot.press("alt+e", "y")
    await settle(app, pilot)


@asynccontextmanager
async def wrap_up(
    store: Store, lang: str = "sv"
) -> AsyncIterator[tuple[FacilitatorApp, Pilot[None]]]:
    """The wrap-up of a finished meeting like the one above, reopened from its minutes (quicker
    than typing the meeting again)."""
    clock = FakeClock()
    session = finished_meeting(store, clock)
    app = FacilitatorApp(store, lang, session_id=session.id, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        yield app, pilot


async def retype(pilot, text: str) -> None:
    """Replace the focused input's text."""
    await pilot.press("home", "ctrl+k", *text)


async def test_ending_a_meeting_opens_the_wrap_up_on_the_participants(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await finish_demo_meeting(app, pilot)
        screen = app.screen
        assert isinstance(screen, WrapUpScreen)
        assert screen.query_one(TabbedContent).active == "tab-participants"
        people = screen.query_one("#wrap-people", DataTable)
        assert people.row_count == len(screen.session.participants) == 2
        assert people.region.height >= 5, "the list must be usable at 80x24"
        await pilot.press("alt+n", "alt+n")
        await settle(app, pilot)
        entries = screen.query_one("#wrap-entries", DataTable)
        shown = [str(entries.get_row_at(i)[1]) for i in range(entries.row_count)]
        assert shown[0].startswith("🔒 Marknaden saknar jour")
        assert shown[1] == "Kan inte VVS → Städ 2027"


async def test_wrap_up_corrections_reach_the_saved_minutes(store: Store) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await finish_demo_meeting(app, pilot)
        screen = app.screen
        assert isinstance(screen, WrapUpScreen)
        session = screen.session
        # Participants: add the supplier's representative, correct the procurer's name.
        await pilot.press("a", *"Anna Leverantör", "tab", *SUPPLIER, "enter")
        await pilot.press("up", "up", "e")
        await retype(pilot, "Josefine Andersson")
        await pilot.press("enter")
        # Entries: correct the mismatch's text.
        await pilot.press("alt+n", "alt+n", "down", "e")
        await retype(pilot, "Kan inte leverera VVS")
        await pilot.press("enter")
        # Notes: the price line is confidential, for a stated reason.
        await pilot.press("alt+p")
        assert isinstance(app.focused, TextArea)
        await pilot.press("down", "alt+r", *REASON, "enter")
        await settle(app, pilot)

        stored = store.load_session(session.id)
        names = [(p.name, p.organisation, p.role) for p in stored.participants]
        assert names[0][0] == "Josefine Andersson" and names[0][2] is Role.PROCURER
        assert names[-1] == ("Anna Leverantör", SUPPLIER, Role.SUPPLIER)
        (mismatch,) = [e for e in stored.entries if e.kind is EntryKind.MISMATCH]
        assert (mismatch.text, mismatch.future_needs) == ("Kan inte leverera VVS", "Städ 2027")
        qid = stored.questions[0].id
        assert stored.notes[qid] == f"Snabb utryckning\n🔒[{REASON}] Pris 420 kr per timme"
        assert stored.minutes_changed_at is not None, "a correction is recorded"

        await pilot.press("alt+e")
        await settle(app, pilot)
        assert isinstance(app.screen, MinutesScreen)
        minutes = store.minutes_path(session.id, "sv").read_text(encoding="utf-8")
        for wanted in ("Kan inte leverera VVS", "Josefine Andersson", "Anna Leverantör", REASON):
            assert wanted in minutes
        assert "Kan inte VVS" not in minutes


async def test_an_entry_is_marked_confidential_with_its_reason(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("alt+p", "down", "down", "alt+c")  # the tip
        await pilot.press("up", "alt+r", *"avslöjar kalkylen", "enter")  # the mismatch
        await settle(app, pilot)
        stored = store.load_session(session.id)
        insight, mismatch, tip = stored.entries
        assert tip.confidential and not tip.confidential_reason
        assert mismatch.confidential and mismatch.confidential_reason == "avslöjar kalkylen"
        assert insight.confidential
        table = app.screen.query_one("#wrap-entries", DataTable)
        shown = str(table.get_row_at(1)[1])
        assert shown == "🔒 Kan inte VVS [avslöjar kalkylen] → Städ 2027", "brackets shown as typed"
        await pilot.press("alt+c")  # unmarking drops the reason
        await settle(app, pilot)
        assert not store.load_session(session.id).entries[1].confidential


async def test_deleting_a_participant_asks_first(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("down", "d", "n")
        await settle(app, pilot)
        assert len(store.load_session(session.id).participants) == 2
        await pilot.press("d", "y")
        await settle(app, pilot)
        kept = store.load_session(session.id).participants
        assert [p.name for p in kept] == [session.participants[0].name]


async def test_a_form_refuses_an_empty_name_and_escape_changes_nothing(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("a", "enter")
        hint = str(app.screen.query_one(".form-hint").render())
        assert "namn" in hint
        await pilot.press("escape", "e")
        await retype(pilot, "Ändrat men avbrutet")
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, WrapUpScreen)
        names = [p.name for p in session.participants]
        assert names == ["Josefine Upphandlare", "Karin Fastighetschef"]


async def test_every_wrap_up_key_is_in_the_command_palette(store: Store) -> None:
    from facilitator.ui.commands import ScreenActions

    async with wrap_up(store, "en") as (app, _pilot):
        provider = ScreenActions(app.screen)
        names = [hit.text for hit in [h async for h in provider.discover()]]
        for wanted in ("Minutes", "Next tab", "Edit", "Add participant", "Confidential", "Reason"):
            assert wanted in names


async def test_notes_typed_just_before_quitting_are_saved(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("alt+n", "enter", *"Sista raden")
        await pilot.press("ctrl+q")
    qid = session.questions[0].id
    assert store.load_session(session.id).notes[qid].endswith("Pris 420 kr per timme\nSista raden")


async def test_a_participants_role_is_chosen_with_the_arrows(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        await pilot.press("down", "e", "tab", "tab", "down", "enter")
        await settle(app, pilot)
        karin = store.load_session(session.id).participants[1]
        assert (karin.name, karin.role) == ("Karin Fastighetschef", Role.SUPPLIER)


async def test_a_correction_that_cannot_be_saved_is_shown_and_saved_when_it_can(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.app.test_full_disk import Disk

    disk = Disk(monkeypatch)
    monkeypatch.setattr(saving, "RETRY_DELAY", 0.5)  # retried sooner, for a quick test
    async with wrap_up(store) as (app, pilot):
        screen = app.screen
        banner = screen.query_one("#save-error", Static)
        disk.full = True
        await pilot.press("e")
        await retype(pilot, "Josefine Andersson")
        await pilot.press("enter")
        await settle(app, pilot)
        assert banner.display and "disken är full" in str(banner.render())
        assert screen.session.participants[0].name == "Josefine Andersson"
        assert store.load_session(screen.session.id).participants[0].name != "Josefine Andersson"
        disk.full = False
        await pilot.pause(0.8)
        await settle(app, pilot)
        assert not banner.display, "the banner goes once a save succeeds"
        assert store.load_session(screen.session.id).participants[0].name == "Josefine Andersson"


async def test_alt_c_marks_and_unmarks_a_notes_line(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        qid = session.questions[0].id
        await pilot.press("alt+n", "up", "alt+c")
        await settle(app, pilot)
        first, second = store.load_session(session.id).notes[qid].split("\n")
        assert first == "🔒 Snabb utryckning" and second.startswith("🔒[")
        await pilot.press("alt+c")
        await settle(app, pilot)
        assert store.load_session(session.id).notes[qid].startswith("Snabb utryckning\n")


async def test_notes_for_a_question_not_reached_mark_it_discussed(store: Store) -> None:
    async with wrap_up(store) as (app, pilot):
        session = app.screen.session
        questions = app.screen.query_one("#wrap-questions", OptionList)
        assert str(questions.get_option_at_index(1).prompt).startswith("· 2.")
        await pilot.press("alt+n", "shift+tab", "down", "enter", *"Kom ihåg jouren")
        await pilot.pause(SAVE_DELAY + 0.1)  # typing is saved after a short pause
        await settle(app, pilot)
        assert str(questions.get_option_at_index(1).prompt).startswith("✓ 2.")
        q2 = session.questions[1].id
        assert store.load_session(session.id).notes[q2] == "Kom ihåg jouren"


async def test_a_name_made_from_an_address_is_marked_until_corrected(store: Store) -> None:
    from facilitator.domain.participants import Participant

    clock = FakeClock()
    session = finished_meeting(store, clock)
    session.participants.append(Participant("Kalle", SUPPLIER, Role.SUPPLIER, guessed=True))
    store.save_session(session)
    app = FacilitatorApp(store, "sv", session_id=session.id, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        people = app.screen.query_one("#wrap-people", DataTable)
        last = people.row_count - 1
        assert str(people.get_row_at(last)[0]) == "Kalle (kontrollera namnet)"
        people.move_cursor(row=last)
        await pilot.press("e")
        await retype(pilot, "Karl Svensson")
        await pilot.press("enter")
        await settle(app, pilot)
        assert str(people.get_row_at(last)[0]) == "Karl Svensson"
    corrected = store.load_session(session.id).participants[-1]
    assert (corrected.name, corrected.guessed) == ("Karl Svensson", False)


async def test_a_corrected_due_date_in_the_past_is_asked_about_first(store: Store) -> None:
    clock = FakeClock()  # today is 2026-11-24
    session = finished_meeting(store, clock)
    session.log(EntryKind.ACTION, "Skicka underlag", clock, owner="Karin")
    store.save_session(session)
    app = FacilitatorApp(store, "en", session_id=session.id, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("alt+p", "down", "down", "down", "e", "tab", "tab")
        await retype(pilot, "2026-01-15")
        await pilot.press("enter")
        await settle(app, pilot)
        hint = str(app.screen.query_one(".form-hint").render())
        assert "2026-01-15 has already passed. Press Enter again to save it anyway." in hint
        assert store.load_session(session.id).entries[-1].due is None
        await pilot.press("enter")
        await settle(app, pilot)
    due = store.load_session(session.id).entries[-1].due
    assert due is not None and due.isoformat() == "2026-01-15"
