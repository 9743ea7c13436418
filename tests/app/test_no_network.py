"""The app opens no network connection, ever: not in a meeting, not for the minutes, not when it
imports a web page or a meeting invite full of links."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.export import FORMATS, render_minutes
from facilitator.importers import import_questions
from facilitator.importers.calendar import parse_invite
from facilitator.storage.store import Store
from tests.app.test_meeting_screen import make_app, settle

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to connect anywhere or to look up a host name, refused and recorded."""
    tried: list[str] = []

    def refuse(what: str):
        def refused(*args: object, **kwargs: object) -> None:
            tried.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError("network use refused in this test")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return tried


async def test_a_whole_meeting_uses_no_network(store: Store, attempts: list[str]) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        session = app.screen.session
        await pilot.press(*"Se https://example.com/ramavtal", "alt+t", *"espd", "down", "enter")
        await pilot.press("alt+m", *"Ingen VVS", "enter", "alt+e", "y")
        await settle(app, pilot)
    for fmt in FORMATS:
        render_minutes(store.load_session(session.id), fmt, "sv", public=True)
    assert attempts == []


def test_importing_pages_and_invites_with_links_uses_no_network(
    store: Store, attempts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for sample in ("annonssida.html", "word-dialogfragor.htm", "libreoffice-dialogue.html"):
        assert import_questions(SAMPLES / sample).questions
    invite = parse_invite((SAMPLES / "teams-invite.ics").read_bytes())
    assert invite.join_link.startswith("https://")
    assert (
        main(
            [
                "--data-dir",
                str(store.root),
                "import",
                str(SAMPLES / "annonssida.html"),
                "--new",
                "Från annonsen",
            ]
        )
        == 0
    )
    assert attempts == []
