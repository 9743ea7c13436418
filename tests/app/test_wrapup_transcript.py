"""The wrap-up's transcript: alt+t attaches a Teams transcript (asking for the supplier's consent
first), its lines show beside the notes of the question they were said under, and alt+l copies
the chosen line into the notes. And a participant's e-mail address, for the minutes' draft."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox, TextArea

from facilitator.storage.store import Store
from facilitator.ui.screens.confirm import ConfirmScreen
from facilitator.ui.screens.path_prompt import PathPromptScreen
from facilitator.ui.widgets.transcript_panel import TranscriptPanel
from tests.app.test_wrapup import settle, wrap_up

#: The meeting (see tests/app/test_minutes_screen.finished_meeting) ran 12 minutes on question 1.
VTT = """WEBVTT

00:00:30.000 --> 00:00:33.000
<v Sam Säljare>Vi kan rycka ut inom två timmar.</v>

00:01:10.000 --> 00:01:12.000
<v Josefine>Och på helger?</v>

00:30:00.000 --> 00:30:02.000
<v Sam Säljare>Tack för i dag.</v>
"""


def transcript_file(tmp_path: Path) -> Path:
    path = tmp_path / "t.vtt"
    path.write_text(VTT, encoding="utf-8")
    return path


async def attach(app, pilot, path: Path, consent: str) -> None:
    await pilot.press("alt+t")
    await pilot.pause()
    assert isinstance(app.screen, PathPromptScreen)
    await pilot.press(*str(path), "enter")
    await pilot.pause()
    await pilot.pause(0.2)
    assert isinstance(app.screen, ConfirmScreen)
    await pilot.press(consent)
    await settle(app, pilot)


async def test_a_transcript_shows_under_its_question_and_a_line_goes_into_the_notes(
    store: Store, tmp_path: Path
) -> None:
    async with wrap_up(store) as (app, pilot):
        await attach(app, pilot, transcript_file(tmp_path), "y")
        assert app.screen.query_one("#wrap-consent", Checkbox).value
        await pilot.press("alt+n")
        await settle(app, pilot)
        panel = app.screen.query_one(TranscriptPanel)
        assert panel.display
        assert [line.text for line in panel.lines] == [
            "Vi kan rycka ut inom två timmar.",
            "Och på helger?",
        ]
        assert panel.border_subtitle == "1 utanför frågorna"  # said after the meeting ended
        await pilot.press("alt+l")
        await settle(app, pilot)
        editor = app.screen.query_one("#wrap-editor", TextArea)
        assert editor.text.endswith("[0:30] Sam Säljare: Vi kan rycka ut inom två timmar.")
        session_id = app.screen.session.id
    saved = store.load_session(session_id)
    first = saved.questions[0].id
    assert saved.notes[first].endswith("[0:30] Sam Säljare: Vi kan rycka ut inom två timmar.")
    assert saved.transcript.consent and len(saved.transcript.lines) == 3


async def test_without_the_suppliers_consent_nothing_is_attached(
    store: Store, tmp_path: Path
) -> None:
    async with wrap_up(store) as (app, pilot):
        await attach(app, pilot, transcript_file(tmp_path), "n")
        await pilot.press("alt+n")
        await settle(app, pilot)
        assert not app.screen.query_one(TranscriptPanel).display
        session_id = app.screen.session.id
    assert not store.load_session(session_id).transcript.attached


async def test_consent_ticked_among_the_participants_is_saved_and_not_asked_again(
    store: Store, tmp_path: Path
) -> None:
    async with wrap_up(store) as (app, pilot):
        app.screen.query_one("#wrap-consent", Checkbox).focus()
        await pilot.press("space")
        await settle(app, pilot)
        session_id = app.screen.session.id
        assert store.load_session(session_id).transcript.consent
        await pilot.press("alt+t")
        await pilot.pause()
        await pilot.press(*str(transcript_file(tmp_path)), "enter")
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert not isinstance(app.screen, ConfirmScreen)
    assert len(store.load_session(session_id).transcript.lines) == 3


async def test_a_participants_email_address_is_typed_in_the_form_and_kept_when_edited(
    store: Store,
) -> None:
    async with wrap_up(store) as (app, pilot):
        await pilot.press("a", *"Anna Lev", "tab", *"Bygg AB", "tab", "tab", *"anna@bygg.se")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("e", "end", *"erantör", "enter")  # correct the name: the address stays
        await settle(app, pilot)
        session_id = app.screen.session.id
    anna = store.load_session(session_id).participants[-1]
    assert (anna.name, anna.email) == ("Anna Leverantör", "anna@bygg.se")
    assert anna.organisation == "Bygg AB"
