"""Names with terminal escapes, bells, carriage returns and right-to-left overrides are shown as
text, never acted on by the terminal; right-to-left letters are shown as they are."""

from __future__ import annotations

import pytest

from facilitator.cli import main
from facilitator.domain.demo import demo_dialogue
from facilitator.domain.session import new_session
from facilitator.domain.text import printable
from facilitator.storage.store import Store

HOSTILE = "Röd\x1b[31m AB\x07\r\n[/] שלום مرحبا \u202eBA kraM"
TERMINAL_CODES = ("\x1b", "\x07", "\r", "\u202e")


def test_printable_writes_out_control_and_format_characters_only() -> None:
    assert printable(HOSTILE) == (
        "Röd\\u001b[31m AB\\u0007\\u000d\\u000a[/] שלום مرحبا \\u202eBA kraM"
    )
    assert printable("rad ett\nrad två\t", keep_newlines=True) == "rad ett\nrad två\\u0009"
    assert printable("\ud800 trasig") == "\\ud800 trasig"
    plain = "Åkes Bygg & Måleri 🎉 — אבג"
    assert printable(plain) is plain


def test_list_shows_hostile_names_as_text(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    dialogue = demo_dialogue()
    dialogue.title = "Titel [bold]fet[/bold]\x1b]0;kapad\x07"
    store.save_session(new_session(dialogue, HOSTILE))
    assert main(["--data-dir", str(store.root), "list"]) == 0
    out = capsys.readouterr().out
    assert not [code for code in TERMINAL_CODES if code in out]
    assert "Röd\\u001b[31m AB\\u0007\\u000d\\u000a[/] שלום مرحبا \\u202eBA kraM" in out
    assert "Titel [bold]fet[/bold]\\u001b]0;kapad\\u0007" in out, "brackets are not markup"
