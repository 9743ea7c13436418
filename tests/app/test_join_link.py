"""A booked meeting's Teams link goes with its session to the meeting screen, where alt+j copies
it and alt+w opens it with the system's opener."""

from __future__ import annotations

import webbrowser

import pytest
from textual.widgets import TextArea

from facilitator.domain.booking import Booking, session_from_booking
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import Session, new_session
from facilitator.storage.store import Store
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.join_link import short_link
from tests.conftest import FakeClock

LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmYw%40thread.v2/0?context=x"


def booked_session() -> Session:
    dialogue = demo_dialogue()
    booking = Booking(dialogue.id, "Exempel Bygg AB", join_link=LINK)
    return session_from_booking(dialogue, booking)


def test_a_session_started_from_a_booking_keeps_its_join_link():
    assert booked_session().join_link == LINK


def test_the_link_is_shown_short_enough_for_a_border():
    shown = short_link(LINK)
    assert shown.startswith("teams.microsoft.com/l/meetup-join/") and len(shown) <= 36
    assert short_link("") == ""


async def test_alt_j_copies_and_alt_w_opens_the_link(store: Store, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    app = FacilitatorApp(store, "sv", session=booked_session(), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = app.screen.query_one("#notes", TextArea)
        assert notes.border_subtitle == short_link(LINK)
        await pilot.press("alt+j")
        await pilot.pause()
        assert app.clipboard == LINK
        await pilot.press("alt+w")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert opened == [LINK]


@pytest.mark.parametrize("link", ["", "file:///etc/passwd"])
async def test_without_a_web_link_nothing_is_opened(store: Store, monkeypatch, link) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    session = new_session(demo_dialogue(), "Exempel Bygg AB")
    session.join_link = link
    app = FacilitatorApp(store, "en", session=session, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("alt+w")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert opened == []
